// The share page stands alone (no app bundle, no client JS): its few styles travel inline.
export const sharePageStyles = `
*,*::before,*::after{box-sizing:border-box}
html{color:#16202e;background:#f8fafc;font-family:ui-sans-serif,system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;line-height:1.6;-webkit-text-size-adjust:100%}
body{margin:0}
a{color:#174cb0}
:focus-visible{outline:3px solid #1d5fd6;outline-offset:2px}
.bar{background:#fff;border-bottom:1px solid #e2e8f0}
.bar-inner{max-width:72rem;margin:0 auto;padding:.75rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;font-size:.875rem}
.brand{font-weight:700;color:#174cb0;text-decoration:none;font-size:1rem}
.layout{max-width:72rem;margin:0 auto;padding:1.5rem 1rem;display:grid;gap:1.5rem}
@media(min-width:900px){.layout{grid-template-columns:minmax(0,1fr) 17rem}}
.paper{background:#fff;border:1px solid #e2e8f0;border-radius:.5rem;padding:1.25rem}
@media(min-width:640px){.paper{padding:2rem 2.5rem}}
.posting{overflow-wrap:anywhere}
.posting h1{font-size:1.75rem;line-height:1.25;margin:0 0 .75rem}
.posting h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
.posting h3{font-size:1rem;margin:1.25rem 0 .4rem}
.posting p{margin:0 0 .75rem}
.posting ul,.posting ol{margin:0 0 .75rem;padding-left:1.4rem}
.posting li{margin:.2rem 0}
aside h2{font-size:1rem;margin:0 0 .5rem}
.downloads{list-style:none;margin:0 0 1rem;padding:0;display:grid;gap:.4rem}
.downloads a,.button{display:block;border:1px solid #cbd5e1;border-radius:.375rem;padding:.5rem .75rem;background:#fff;text-decoration:none;color:#16202e;font:inherit;font-size:.9rem;text-align:left;cursor:pointer;width:100%}
.downloads a:hover,.button:hover{border-color:#1d5fd6}
.meta{font-size:.875rem;color:#475569;margin:0 0 1rem}
.notice{max-width:36rem;margin:4rem auto;padding:2rem;background:#fff;border:1px solid #e2e8f0;border-radius:.5rem;text-align:center}
.notice h1{font-size:1.5rem;margin:0 0 .5rem}
@media print{.bar,aside{display:none}.layout{display:block;padding:0}.paper{border:0;padding:0}html{background:#fff}}
`;
