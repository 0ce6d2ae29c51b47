/**
 * An employer's logo on a page that runs no script. The employer's own server hosts it; no referrer, so that
 * server does not learn which page showed it.
 */
export function EmployerLogo({ src, className }: { src: string; className: string }) {
  // eslint-disable-next-line @next/next/no-img-element -- a remote image on a page that runs no script
  return <img src={src} alt="" width={48} height={48} referrerPolicy="no-referrer" className={className} />;
}
