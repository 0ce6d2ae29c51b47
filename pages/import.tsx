// GET /import - start from an existing posting: paste it or bring a file, check where each line went, then
// the builder opens on it. A page with script, apart from /build so the builder's first load stays as it is.
// In the employer's UI language (the builder's: cookie `pw_locale`, else Accept-Language; `?lang=` switches).
import { ImportFlow } from '@/components/import/import-flow';
import { PageHead } from '@/components/layout/page-head';
import { siteTextProps, type SiteTextPageProps } from '@/components/server/site-ui-text';
import { SiteTextProvider, useSiteT } from '@/components/site-text/site-text';

export const getServerSideProps = siteTextProps(['switch', 'import', 'line', 'field']);

export default function ImportPage({ text }: SiteTextPageProps) {
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
