// GET /postings - the postings shared from this browser (their edit links live only in this browser's storage),
// in the employer's UI language (the builder's: cookie `pw_locale`, else Accept-Language; `?lang=` switches).
import { PageHead } from '@/components/layout/page-head';
import { siteTextProps, type SiteTextPageProps } from '@/components/server/site-ui-text';
import { MyPostingsList } from '@/components/share/my-postings-list';
import { SiteLanguageSwitch } from '@/components/site-text/site-language-switch';
import { SiteTextProvider, useSiteT } from '@/components/site-text/site-text';

export const getServerSideProps = siteTextProps(['switch', 'postings', 'copy', 'publication', 'review', 'reviewLink']);

export default function MyPostingsPage({ text }: SiteTextPageProps) {
  return (
    <SiteTextProvider text={text}>
      <MyPostingsBody />
    </SiteTextProvider>
  );
}

function MyPostingsBody() {
  const t = useSiteT();
  return (
    <>
      <PageHead title={t('postings.title')}>
        <meta name="robots" content="noindex" />
      </PageHead>
      <div className="mx-auto max-w-4xl px-4 py-8">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h1 className="text-2xl font-bold sm:text-3xl">{t('postings.heading')}</h1>
          <SiteLanguageSwitch action="/postings" />
        </div>
        <p className="mt-2 text-slate-700">{t('postings.intro')}</p>
        <MyPostingsList />
      </div>
    </>
  );
}
