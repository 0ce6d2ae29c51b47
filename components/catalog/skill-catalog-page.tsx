import { PageHead } from '@/components/layout/page-head';
import { SkillCatalog, type SkillCatalogProps } from './skill-catalog';

/** The whole `/skills` page, its head included: prerendered unfiltered, rendered per request when filtered. */
export function SkillCatalogPage(props: SkillCatalogProps) {
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
