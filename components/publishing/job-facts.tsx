import type { JobFact } from '@/lib/server/publishing/job-page';

/** The job's key facts beside the posting: the same values its structured data gives search engines. */
export function JobFacts({ facts, title }: { facts: JobFact[]; title: string }) {
  return (
    <section aria-labelledby="job-facts-title" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="job-facts-title" className="text-base font-semibold">
        {title}
      </h2>
      <dl className="mt-3 grid gap-3 text-sm">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt className="font-medium text-slate-600">{fact.label}</dt>
            <dd className="mt-0.5 [overflow-wrap:anywhere]">
              <FactValue fact={fact} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function FactValue({ fact }: { fact: JobFact }) {
  const text = fact.dateTime ? <time dateTime={fact.dateTime}>{fact.text}</time> : fact.text;
  if (!fact.href) return text;
  return (
    <a href={fact.href} className="text-brand-700 underline hover:text-brand-800">
      {text}
    </a>
  );
}
