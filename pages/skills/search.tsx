// GET /skills?q=&category=&sort=&lang= - a filtered view of the skill catalog, rendered per request (next.config.ts
// rewrites `/skills` here when the query names a filter). No client script: the filters are a GET form.
import type { SkillCatalogProps } from '@/components/catalog/skill-catalog';
import { SkillCatalogPage } from '@/components/catalog/skill-catalog-page';
import { catalogView } from '@/lib/shared/catalog/catalog-view';
import { SCRIPT_FREE_PAGES } from '@/lib/server/script-free-page/routes';
import { scriptFreePage } from '@/lib/server/script-free-page/script-free-page';

export const config = { unstable_runtimeJS: false };

export const getServerSideProps = scriptFreePage<SkillCatalogProps>(SCRIPT_FREE_PAGES.catalogSearch, {
  async load({ query }) {
    const view = catalogView(query);
    return { props: { ...view, htmlLang: view.language } };
  },
});

export default SkillCatalogPage;
