// GET /skills?q=&category=&sort=&lang= - a filtered view of the skill catalog, rendered per request (next.config.ts
// rewrites `/skills` here when the query names a filter). No client script: the filters are a GET form.
import type { GetServerSideProps } from 'next';
import type { SkillCatalogProps } from '@/components/catalog/skill-catalog';
import { SkillCatalogPage } from '@/components/catalog/skill-catalog-page';
import { catalogView } from '@/lib/catalog/catalog-view';
import { setHeaders } from '@/lib/script-free-page/page-headers';
import { staticPageHeaders } from '@/lib/script-free-page/static-pages';

export const config = { unstable_runtimeJS: false };

export const getServerSideProps: GetServerSideProps<SkillCatalogProps> = async ({ res, query }) => {
  setHeaders(res, staticPageHeaders({ dev: process.env.NODE_ENV === 'development' })['/skills']);
  const view = catalogView(query);
  return { props: { ...view, htmlLang: view.language } };
};

export default SkillCatalogPage;
