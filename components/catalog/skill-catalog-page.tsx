import { PageHead } from '@/components/layout/page-head';
import { catalogWords } from '@/lib/shared/catalog/catalog-words';
import { SkillCatalog, type SkillCatalogProps } from './skill-catalog';

/** The whole `/skills` page, its head included: prerendered unfiltered (per language), rendered per request when filtered. */
export function SkillCatalogPage(props: SkillCatalogProps) {
  const words = catalogWords(props.language);
  return (
    <>
      <PageHead
        title={words.pageTitle(props.roleTitle)}
        description={words.pageDescription(props.totalSkills, props.roleTitle)}
      />
      <SkillCatalog {...props} />
    </>
  );
}
