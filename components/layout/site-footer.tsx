import { catalogCredit } from './catalog-credit';

export function SiteFooter() {
  return (
    <footer className="no-print mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600">
        <p>
          Skill figures (share of postings, typical years of experience) from <cite>{catalogCredit.title}</cite>,{' '}
          {catalogCredit.publisher}. Definitions and all other text written by Postwright.
        </p>
      </div>
    </footer>
  );
}
