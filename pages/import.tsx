// GET /import - start from an existing posting: paste it or bring a file, check where each line went, then
// the builder opens on it. A page with script, apart from /build so the builder's first load stays as it is.
// In the employer's UI language (the builder's: cookie `pw_locale`, else Accept-Language; `?lang=` switches).
import type { GetServerSideProps } from 'next';
import { ImportFlow } from '@/components/import/import-flow';
import type { PageLanguageProps } from '@/components/layout/page-language';
import { PageHead } from '@/components/layout/page-head';
import { siteTextForRequest } from '@/components/server/site-ui-text';
import { SiteTextProvider, useSiteT, type SiteText } from '@/components/site-text/site-text';

type Props = { text: SiteText } & PageLanguageProps;

// Rendered per request, not prerendered: its scripts must carry this request's CSP nonce (see _document), and
// its words follow the request's language.
export const getServerSideProps: GetServerSideProps<Props> = async (context) => {
  const ui = siteTextForRequest(context, ['switch', 'import', 'line', 'field']);
  if ('redirect' in ui) return { redirect: ui.redirect };
  return { props: { text: ui.text, htmlLang: ui.text.locale } };
};

export default function ImportPage({ text }: Props) {
  return (
    <SiteTextProvider text={text}>
      <ImportHead />
      <ImportFlow />
    </SiteTextProvider>
  );
}

function ImportHead() {
  const t = useSiteT();
  return <PageHead title={t('import.title')} description={t('import.description')} />;
}
