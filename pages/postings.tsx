// GET /postings - the postings shared from this browser (their edit links live only in this browser's storage),
// in the employer's UI language (the builder's: cookie `pw_locale`, else Accept-Language; `?lang=` switches).
import type { GetServerSideProps } from 'next';
import type { PageLanguageProps } from '@/components/layout/page-language';
import { PageHead } from '@/components/layout/page-head';
import { siteTextForRequest } from '@/components/server/site-ui-text';
import { MyPostingsList } from '@/components/share/my-postings-list';
import { SiteLanguageSwitch } from '@/components/site-text/site-language-switch';
import { SiteTextProvider, useSiteT, type SiteText } from '@/components/site-text/site-text';

type Props = { text: SiteText } & PageLanguageProps;

// Rendered per request, not prerendered: its scripts must carry this request's CSP nonce (see _document), and
// its words follow the request's language.
export const getServerSideProps: GetServerSideProps<Props> = async (context) => {
  const ui = siteTextForRequest(context, ['switch', 'postings', 'copy', 'publication', 'review', 'reviewLink']);
  if ('redirect' in ui) return { redirect: ui.redirect };
  return { props: { text: ui.text, htmlLang: ui.text.locale } };
};

export default function MyPostingsPage({ text }: Props) {
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
