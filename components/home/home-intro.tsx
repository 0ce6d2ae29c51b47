import { ButtonLink } from '@/components/ui/button';

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

/** `/`: what Postwright does, in one screen, and the way in. */
export function HomeIntro() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:py-16">
      <section aria-labelledby="hero-title">
        <h1 id="hero-title" className="max-w-3xl text-3xl leading-tight font-bold tracking-tight sm:text-5xl">
          Write a Back End Developer job posting that people want to answer.
        </h1>
        <p className="mt-4 max-w-3xl text-lg text-slate-700">
          Postwright walks you through a complete posting in a few minutes, suggests skills and responsibilities from
          data on real postings, checks it as you write, and gives you a finished document to publish.
        </p>
        <p className="mt-8 flex flex-wrap gap-3">
          <ButtonLink href="/build" variant="primary" size="lg">
            Start a new posting
          </ButtonLink>
          <ButtonLink href="/import" size="lg">
            Start from an existing posting
          </ButtonLink>
          <ButtonLink href="/skills" size="lg">
            Browse the skill catalog
          </ButtonLink>
        </p>
      </section>
      <section aria-labelledby="features-title">
        <h2 id="features-title" className="sr-only">
          What Postwright does
        </h2>
        <ul className="mt-12 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {features.map((f) => (
            <li key={f.title} className="rounded-lg border border-slate-200 bg-white p-5">
              <h3 className="font-semibold">{f.title}</h3>
              <p className="mt-2 text-sm text-slate-700">{f.body}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
