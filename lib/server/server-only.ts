// What `#server-only` resolves to on the server (App Router, Pages Router, tests, scripts): nothing. In a
// browser build it resolves to nothing at all (package.json "imports": `"browser": null`), so a client bundle
// that reaches a server module fails to build, naming `#server-only` (server-only-guard.test.ts).
//
// Why not `import 'server-only'` directly: Next rejects that package anywhere in the Pages Router, and the
// script-free pages (pages/**) read the store in getServerSideProps. Mapped through package.json
// "imports", the marker works in both routers and outside Next.
export {};
