// What `#server-only` resolves to on the server (App Router, Pages Router, tests, scripts): nothing.
//
// Why not `import 'server-only'` directly: Next rejects that package anywhere in the Pages Router, and the
// script-free pages (pages/**) read the store in getServerSideProps. Mapped through package.json
// "imports", the marker still fails the build of any browser bundle that reaches a server module.
export {};
