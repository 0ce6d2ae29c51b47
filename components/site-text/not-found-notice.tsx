import { PageHead } from '@/components/layout/page-head';
import { useSiteT } from './site-text';

/** The site-wide "page not found": a short notice and the way home (pages/404.tsx, pages/[...unknown].tsx). */
export function NotFoundNotice() {
  const t = useSiteT();
  return (
    <>
      <PageHead title={t('notFound.title')} />
      <div className="mx-auto max-w-xl px-4 py-16 text-center">
        <h1 className="text-2xl font-bold">{t('notFound.heading')}</h1>
        <p className="mt-2 text-slate-700">{t('notFound.body')}</p>
        <p className="mt-6">
          <a href="/" className="font-semibold text-brand-700 underline">
            {t('notFound.home')}
          </a>
        </p>
      </div>
    </>
  );
}
