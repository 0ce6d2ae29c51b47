import Link from 'next/link';
import { CATALOG_WORDS, catalogWords } from '@/lib/shared/catalog/catalog-words';
import { LANGUAGES, type Language } from '@/lib/shared/draft/draft-schema';

/** The catalog's address in a language: `/skills` in English, `/skills?lang=de` (prerendered too) in another. */
export const catalogPath = (language: Language) => (language === 'en' ? '/skills' : `/skills?lang=${language}`);

/** Links to the catalog in the other posting languages, each named in its own language. */
export function CatalogLanguageLinks({ language }: { language: Language }) {
  const others = LANGUAGES.filter((l) => l !== language);
  return (
    <nav aria-label={catalogWords(language).otherLanguages} className="no-print mt-3 text-sm text-slate-700">
      {catalogWords(language).otherLanguages}:{' '}
      {others.map((other, index) => (
        <span key={other}>
          {index ? ' · ' : null}
          <Link
            prefetch={false}
            href={catalogPath(other)}
            hrefLang={other}
            lang={other}
            className="text-brand-700 underline"
          >
            {CATALOG_WORDS[other].languageName}
          </Link>
        </span>
      ))}
    </nav>
  );
}
