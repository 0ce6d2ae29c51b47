// GET /skills?q=&category=&sort= - the skill catalog, with no client script: filters are a GET form.
import type { GetServerSideProps } from 'next';
import { SkillCatalog, type SkillCatalogProps } from '@/components/catalog/skill-catalog';
import { PageHead } from '@/components/layout/page-head';
import { DEFAULT_ROLE_ID, getRoleCatalog } from '@/lib/catalog';
import { parseCatalogQuery } from '@/lib/catalog/catalog-query';
import { matchSkill, searchSkills } from '@/lib/catalog/search';
import { scriptFreePageHeaders, setHeaders } from '@/lib/script-free-page/page-headers';

export const config = { unstable_runtimeJS: false };

export const getServerSideProps: GetServerSideProps<SkillCatalogProps> = async ({ res, query }) => {
  setHeaders(
    res,
    scriptFreePageHeaders({
      forms: true,
      cacheControl: 'public, max-age=300',
      dev: process.env.NODE_ENV === 'development',
    }),
  );
  const catalog = getRoleCatalog(DEFAULT_ROLE_ID)!;
  const filter = parseCatalogQuery(query, catalog);
  const results = searchSkills(catalog.skills, filter).map((skill) => ({
    skill,
    matchedAlias: matchSkill(skill, filter.query).alias ?? null,
  }));
  return {
    props: {
      roleTitle: catalog.title,
      totalSkills: catalog.skills.length,
      source: { title: catalog.source.title, publisher: catalog.source.publisher },
      categories: catalog.categories,
      filter,
      results,
    },
  };
};

export default function SkillsPage(props: SkillCatalogProps) {
  return (
    <>
      <PageHead
        title={`${props.roleTitle} skill catalog · Postwright`}
        description={`The ${props.totalSkills} skills most asked for in ${props.roleTitle} postings: what each means, the experience employers typically ask and how common it is.`}
      />
      <SkillCatalog {...props} />
    </>
  );
}
