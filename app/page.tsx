import Link from 'next/link';

const features = [
  {
    title: 'Guided, step by step',
    body: 'Role, company, skills, responsibilities, pay and how to apply: one short step at a time, with a live preview.',
  },
  {
    title: 'A skill catalog with real figures',
    body: 'Each of the 28 most-asked Back End Developer skills with a plain definition, the experience employers usually ask and how common it is.',
  },
  {
    title: 'Checks while you write',
    body: 'Inclusive wording, readability, realistic experience asks and pay-transparency laws, flagged as you type.',
  },
  {
    title: 'Export and share',
    body: 'Download Markdown or PDF, copy into your applicant tracking system, or share a read-only preview link.',
  },
];

export default function HomePage() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:py-16">
      <section aria-labelledby="hero-title" className="max-w-3xl">
        <h1 id="hero-title" className="text-3xl font-bold tracking-tight sm:text-5xl">
          Write a Back End Developer job posting that people want to answer.
        </h1>
        <p className="mt-4 text-lg text-slate-700">
          Postwright walks you through a complete posting in a few minutes, suggests skills and responsibilities from
          data on real postings, checks it as you write, and gives you a finished document to publish.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link
            prefetch={false}
            href="/build"
            className="rounded-md bg-brand-600 px-5 py-3 font-semibold text-white shadow-sm hover:bg-brand-700"
          >
            Start a new posting
          </Link>
          <Link
            prefetch={false}
            href="/skills"
            className="rounded-md border border-slate-300 bg-white px-5 py-3 font-semibold text-slate-800 hover:border-brand-600"
          >
            Browse the skill catalog
          </Link>
        </div>
      </section>
      <section aria-labelledby="features-title" className="mt-12">
        <h2 id="features-title" className="sr-only">
          What Postwright does
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {features.map((feature) => (
            <li key={feature.title} className="rounded-lg border border-slate-200 bg-white p-5">
              <h3 className="font-semibold">{feature.title}</h3>
              <p className="mt-2 text-sm text-slate-700">{feature.body}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
