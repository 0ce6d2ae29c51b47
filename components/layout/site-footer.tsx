import { getRoleCatalog } from '@/lib/catalog';

export function SiteFooter() {
  const source = getRoleCatalog('back-end-developer')?.source;
  return (
    <footer className="no-print mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600">
        {source ? (
          <p>
            Skill figures (share of postings, typical years of experience) from <cite>{source.title}</cite>,{' '}
            {source.publisher}. Definitions and all other text written by Postwright.
          </p>
        ) : null}
      </div>
    </footer>
  );
}
