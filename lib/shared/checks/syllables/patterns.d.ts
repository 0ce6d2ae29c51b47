// The `hyphen` package ships its TeX patterns as CommonJS arrays without type declarations.
declare module 'hyphen/patterns/*.js' {
  const patterns: import('./liang').HyphenPatterns;
  export default patterns;
}
