import de from '../../../content/roles/i18n/back-end-developer/de.json';
import es from '../../../content/roles/i18n/back-end-developer/es.json';
import fr from '../../../content/roles/i18n/back-end-developer/fr.json';
import nl from '../../../content/roles/i18n/back-end-developer/nl.json';
import type { Language } from '../draft/draft-schema';
import { getRoleCatalog } from './index';
import type { RoleCatalog } from './schema';
import { parseCatalogTranslation, translateCatalog } from './translate';

// Each role's words in every language but English, as content files beside the English catalog.
const translationFiles: Record<string, Record<Exclude<Language, 'en'>, unknown>> = {
  'back-end-developer': { de, fr, es, nl },
};

// Built once, at first import, like the English catalog: a missing or extra id fails the build and tests.
const localized = new Map<string, RoleCatalog>();
for (const [roleId, files] of Object.entries(translationFiles)) {
  const english = getRoleCatalog(roleId)!;
  localized.set(`${roleId}/en`, english);
  for (const [language, raw] of Object.entries(files)) {
    const source = `content/roles/i18n/${roleId}/${language}.json`;
    localized.set(`${roleId}/${language}`, translateCatalog(english, parseCatalogTranslation(raw, english, source)));
  }
}

/** A role's catalog in a language (English when none is given); undefined for an unknown role. */
export function getLocalizedCatalog(roleId: string, language: Language = 'en'): RoleCatalog | undefined {
  return localized.get(`${roleId}/${language}`) ?? (language === 'en' ? getRoleCatalog(roleId) : undefined);
}

/** The same catalog in another language, for code that already holds the English one (rendering). */
export function catalogIn(catalog: RoleCatalog, language: Language): RoleCatalog {
  return localized.get(`${catalog.id}/${language}`) ?? catalog;
}
