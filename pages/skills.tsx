// GET /skills - the skill catalog, prerendered at build time, with no client script: filters are a GET form.
// A request naming a filter is rewritten to /skills/search (next.config.ts); the catalog changes only with a
// deploy, so the unfiltered view is rendered once, by `next build`. Its headers: next.config.ts.
import type { GetStaticProps } from 'next';
import type { SkillCatalogProps } from '@/components/catalog/skill-catalog';
import { SkillCatalogPage } from '@/components/catalog/skill-catalog-page';
import { catalogView } from '@/lib/shared/catalog/catalog-view';

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<SkillCatalogProps> = async () => ({ props: catalogView({}) });

export default SkillCatalogPage;
