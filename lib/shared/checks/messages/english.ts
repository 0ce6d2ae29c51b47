import exclusionary from '../../../../content/wordlists/exclusionary.json';
import gender from '../../../../content/wordlists/gender-coded.json';
import length from '../../../../content/rules/length.json';
import payTransparency from '../../../../content/rules/pay-transparency.json';
import readability from '../../../../content/rules/readability.json';
import requirements from '../../../../content/rules/requirements.json';
import { READABILITY_SCOPE } from '../readability-scope';
import en from './en.json';

// The English catalog: en.json, plus the English texts that live beside their data in content/ (a term's
// "why" next to its source, a law's wording next to its dates) under keys of their own, so each stays
// written once. The other languages write all of these keys in their own file.

/** Keys of texts taken from content/, one per term or jurisdiction. */
export type ContentKey =
  | `exclusionary.why.${string}`
  | `pay.place.${string}`
  | `pay.effective.${string}`
  | `pay.requirement.${string}`
  | 'gender.finding'
  | 'length.why'
  | 'readability.rulesWhy'
  | 'readability.scope'
  | 'requirements.tooMany.why'
  | 'requirements.aboveLevel.why'
  | 'pay.wide.why';

export type MessageKey = keyof typeof en | ContentKey;

/** ICU treats braces and apostrophes before them as syntax; content is plain text, so it is escaped. */
const literal = (text: string) => text.replace(/'/g, "''").replace(/[{}]/g, (brace) => `'${brace}'`);

function contentTexts(): Record<ContentKey, string> {
  const texts: Record<string, string> = {
    'gender.finding': literal(gender.finding),
    'length.why': literal(length.why),
    'readability.rulesWhy': literal(readability.why),
    'readability.scope': literal(READABILITY_SCOPE),
    'requirements.tooMany.why': literal(requirements.tooManyWhy),
    'requirements.aboveLevel.why': literal(requirements.levelWhy),
    'pay.wide.why': literal(payTransparency.wideRange.why),
  };
  for (const term of exclusionary.terms) texts[`exclusionary.why.${term.id}`] = literal(term.why);
  for (const place of payTransparency.jurisdictions as {
    id: string;
    name: string;
    effectiveLabel?: string;
    requirement?: string;
  }[]) {
    texts[`pay.place.${place.id}`] = literal(place.name);
    if (place.effectiveLabel) texts[`pay.effective.${place.id}`] = `${literal(place.effectiveLabel)} {date}`;
    if (place.requirement) texts[`pay.requirement.${place.id}`] = literal(place.requirement);
  }
  return texts as Record<ContentKey, string>;
}

export const englishCatalog: Record<string, string> = { ...en, ...contentTexts() };
