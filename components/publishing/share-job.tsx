import type { JobShareLink } from '@/lib/server/publishing/job-page';

/** "Share this job" without script: plain share links, and the address itself to copy. */
export function ShareJob({
  links,
  url,
  words,
}: {
  links: JobShareLink[];
  url: string;
  words: { title: string; copyAddress: string };
}) {
  return (
    <section aria-labelledby="share-job-title" className="no-print rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="share-job-title" className="text-base font-semibold">
        {words.title}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2 text-sm">
        {links.map((link) => (
          <li key={link.label}>
            <a
              href={link.href}
              rel="noopener noreferrer"
              className="inline-block rounded-md border border-slate-400 px-3 py-1.5 font-medium text-slate-900 no-underline hover:border-brand-600"
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-slate-700">{words.copyAddress}</p>
      <p className="mt-1 rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-sm select-all [overflow-wrap:anywhere]">
        {url}
      </p>
    </section>
  );
}
