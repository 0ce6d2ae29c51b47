import { getRoleCatalog, listRoleIds } from '../catalog';

// The home and catalog pages ship no script (see document.ts), so they carry their own small stylesheet,
// inline. It follows the app's Tailwind theme (app/globals.css): same colours, spacing and type scale.
const baseStyles = `
*,*::before,*::after{box-sizing:border-box}
html{color:#16202e;background:#f8fafc;font-family:ui-sans-serif,system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;line-height:1.5;-webkit-text-size-adjust:100%;-webkit-font-smoothing:antialiased}
body{margin:0;min-height:100vh;display:flex;flex-direction:column}
main{flex:1}
h1,h2,h3,p,ul,dl,dd{margin:0}
ul{list-style:none;padding:0}
a{color:#174cb0}
:focus-visible{outline:3px solid #1d5fd6;outline-offset:2px}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.skip{position:absolute;left:-999px;top:.5rem;z-index:50;background:#fff;padding:.5rem .75rem;border-radius:.25rem}
.skip:focus{left:.5rem}
.wrap{max-width:72rem;margin:0 auto;padding-left:1rem;padding-right:1rem}
.site-header{background:#fff;border-bottom:1px solid #e2e8f0}
.site-header .wrap{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 1.5rem;padding-top:.75rem;padding-bottom:.75rem}
.brand{font-size:1.125rem;font-weight:700;letter-spacing:-.025em;color:#174cb0;text-decoration:none}
.site-nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.875rem;font-weight:500}
.site-nav a{color:#334155;text-decoration:none;padding:.25rem;border-radius:.25rem}
.site-nav a:hover,.site-nav a[aria-current=page]{color:#174cb0;text-decoration:underline}
.site-footer{margin-top:3rem;background:#fff;border-top:1px solid #e2e8f0;font-size:.875rem;color:#475569}
.site-footer .wrap{padding-top:1.5rem;padding-bottom:1.5rem}
.button{display:inline-block;border-radius:.375rem;padding:.75rem 1.25rem;font-weight:600;text-decoration:none;border:1px solid transparent;font:inherit;font-weight:600;cursor:pointer}
.button-primary{background:#1d5fd6;color:#fff;box-shadow:0 1px 2px rgb(0 0 0/.05)}
.button-primary:hover{background:#174cb0}
.button-secondary{background:#fff;color:#1e293b;border-color:#cbd5e1}
.button-secondary:hover{border-color:#1d5fd6}
.hero{padding-top:2.5rem;padding-bottom:2.5rem}
.hero h1{max-width:48rem;font-size:1.875rem;line-height:1.2;font-weight:700;letter-spacing:-.025em}
.hero .lead{max-width:48rem;margin-top:1rem;font-size:1.125rem;color:#334155}
.actions{margin-top:2rem;display:flex;flex-wrap:wrap;gap:.75rem}
.features{margin-top:3rem;display:grid;gap:1rem}
.card{background:#fff;border:1px solid #e2e8f0;border-radius:.5rem;padding:1.25rem}
.card h3{font-size:1rem;font-weight:600}
.card p{margin-top:.5rem;font-size:.875rem;color:#334155}
.page{padding-top:2rem;padding-bottom:2rem}
.page h1{font-size:1.5rem;font-weight:700;line-height:1.25}
.intro{margin-top:.5rem;max-width:48rem;color:#334155}
.filters{margin-top:1.5rem;background:#fff;border:1px solid #e2e8f0;border-radius:.5rem;padding:1rem;display:grid;gap:.75rem}
.filters label{display:block;font-size:.875rem;font-weight:500}
.filters input,.filters select{margin-top:.25rem;width:100%;font:inherit;color:inherit;background:#fff;border:1px solid #94a3b8;border-radius:.375rem;padding:.5rem .75rem}
.filters .button{padding:.5rem 1rem;align-self:end}
.summary{margin-top:1rem;font-size:.875rem;color:#334155}
.empty{margin-top:1.5rem;background:#fff;border-radius:.375rem;padding:1.5rem;text-align:center;color:#334155}
.skills{margin-top:1rem;display:grid;gap:1rem}
.skill{height:100%;display:flex;flex-direction:column;background:#fff;border:1px solid #e2e8f0;border-radius:.5rem;padding:1rem}
.skill header{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:.5rem}
.skill h2{font-size:1.125rem;font-weight:600}
.chip{border-radius:9999px;background:#eef6ff;color:#143f8f;padding:.125rem .5rem;font-size:.75rem;font-weight:500}
.matched{font-size:.75rem;color:#475569}
.definition{margin-top:.5rem;flex:1;font-size:.875rem;color:#334155}
.facts{margin-top:.75rem;display:grid;gap:.5rem;font-size:.875rem}
.facts strong{font-weight:600;color:#0f172a}
.bar{margin-top:.25rem;height:.5rem;border-radius:9999px;background:#e2e8f0;overflow:hidden}
.bar span{display:block;height:100%;border-radius:9999px;background:#1d5fd6}
@media(min-width:640px){
  .hero{padding-top:4rem;padding-bottom:4rem}
  .hero h1{font-size:3rem;line-height:1.1}
  .features,.skills{grid-template-columns:repeat(2,minmax(0,1fr))}
  .page h1{font-size:1.875rem}
  .filters{grid-template-columns:2fr 1fr 1fr auto;align-items:end}
}
@media(min-width:1024px){
  .features{grid-template-columns:repeat(4,minmax(0,1fr))}
  .skills{grid-template-columns:repeat(3,minmax(0,1fr))}
}
@media print{.site-header,.site-footer,.filters{display:none}html{background:#fff}}
`;

/** The class that draws a share of postings as a bar: `share-468` is 46.8% wide. */
export const shareClass = (share: number) => `share-${Math.round(Math.max(share, 1) * 10)}`;

// The policy allows no style attribute, only this stylesheet (by hash): so each share in the catalogs
// gets a rule of its own, made once from the catalog data.
const shareRules = [
  ...new Set(listRoleIds().flatMap((id) => getRoleCatalog(id)!.skills.map((skill) => skill.postingShare))),
]
  .map((share) => `.${shareClass(share)}{width:${Math.max(share, 1)}%}`)
  .join('');

export const sitePageStyles = `${baseStyles}${shareRules}\n`;
