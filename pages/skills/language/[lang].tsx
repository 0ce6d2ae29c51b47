// GET /skills?lang=de|fr|es|nl - the unfiltered skill catalog in another posting language, prerendered at
// build time like /skills (next.config.ts rewrites a request naming only `lang` here). No client script.
import type { GetStaticPaths, GetStaticProps } from 'next';
import type { SkillCatalogProps } from '@/components/catalog/skill-catalog';
import { SkillCatalogPage } from '@/components/catalog/skill-catalog-page';
import { catalogView } from '@/lib/shared/catalog/catalog-view';
import { CATALOG_PAGE_LANGUAGES } from '@/lib/server/script-free-page/static-pages';

export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = async () => ({
  paths: CATALOG_PAGE_LANGUAGES.map((lang) => ({ params: { lang } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<SkillCatalogProps, { lang: string }> = async ({ params }) => {
  const view = catalogView({ lang: params?.lang });
  return { props: { ...view, htmlLang: view.language } };
};

export default SkillCatalogPage;
