import benefitsDe from '../../../content/benefits-i18n/de.json';
import benefitsEs from '../../../content/benefits-i18n/es.json';
import benefitsFr from '../../../content/benefits-i18n/fr.json';
import benefitsNl from '../../../content/benefits-i18n/nl.json';
import backEndDe from '../../../content/responsibilities/i18n/back-end-developer/de.json';
import backEndEs from '../../../content/responsibilities/i18n/back-end-developer/es.json';
import backEndFr from '../../../content/responsibilities/i18n/back-end-developer/fr.json';
import backEndNl from '../../../content/responsibilities/i18n/back-end-developer/nl.json';
import type { Language } from '../draft/draft-schema';
import { getBenefits, getResponsibilities, getRoleCatalog } from './index';
import { parseBenefitLibrary, parseResponsibilityLibrary } from './load';
import type { Benefit, Responsibility } from './schema';

// The builder's suggested responsibilities and benefits in each posting language. Each language has a
// library of its own, written for that job market, not a translation of the English one: a German list
// offers the Deutschlandticket and a company pension, a Dutch one the thirteenth month, and none the US
// 401(k). Responsibilities keep the English ids and skills (the suggestions follow the chosen skills);
// benefits share ids where the benefit is the same. Parsed at first import, like the catalog.

type OtherLanguage = Exclude<Language, 'en'>;

const responsibilityFiles: Record<string, Record<OtherLanguage, unknown>> = {
  'back-end-developer': { de: backEndDe, fr: backEndFr, es: backEndEs, nl: backEndNl },
};
const benefitFiles: Record<OtherLanguage, unknown> = { de: benefitsDe, fr: benefitsFr, es: benefitsEs, nl: benefitsNl };

const responsibilities = new Map<string, Responsibility[]>();
for (const [roleId, files] of Object.entries(responsibilityFiles)) {
  const catalog = getRoleCatalog(roleId)!;
  for (const [language, raw] of Object.entries(files)) {
    const source = `content/responsibilities/i18n/${roleId}/${language}.json`;
    responsibilities.set(`${roleId}/${language}`, parseResponsibilityLibrary(raw, catalog, source).items);
  }
}

const benefits = new Map<string, Benefit[]>(
  Object.entries(benefitFiles).map(([language, raw]) => [
    language,
    parseBenefitLibrary(raw, `content/benefits-i18n/${language}.json`).items,
  ]),
);

/** A role's suggested responsibilities in a posting language (English when it has none of its own). */
export function suggestedResponsibilities(roleId: string, language: Language): Responsibility[] {
  return responsibilities.get(`${roleId}/${language}`) ?? getResponsibilities(roleId);
}

/** The suggested benefits in a posting language (English when it has none of its own). */
export function suggestedBenefits(language: Language): Benefit[] {
  return benefits.get(language) ?? getBenefits();
}
