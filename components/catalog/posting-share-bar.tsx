import { ENGLISH_CATALOG_WORDS, formatShareIn, type CatalogWords } from '@/lib/shared/catalog/catalog-words-en';

/**
 * The bar's width as a class: the script-free pages allow no style attribute, so app/globals.css makes
 * one width class per whole percent (`w-47/100`); the exact figure is in the text beside it.
 */
export const shareWidthClass = (share: number) => `w-${Math.min(100, Math.max(1, Math.round(share)))}/100`;

export type ShareBarWords = Pick<CatalogWords, 'locale' | 'foundIn' | 'ofPostings' | 'thatAskFor'>;

/** The share of postings as text for everyone and as a bar for the eye; the scale is 0–100%. */
export function PostingShareBar({
  share,
  skillName,
  words = ENGLISH_CATALOG_WORDS,
}: {
  share: number;
  skillName: string;
  /** The words in the page's language (the catalog page's table, or the builder's messages); English by default. */
  words?: ShareBarWords;
}) {
  return (
    <div>
      <p className="text-sm text-slate-700">
        {words.foundIn} <strong className="font-semibold text-slate-900">{formatShareIn(share, words)}</strong>{' '}
        {words.ofPostings}
        <span className="sr-only">{words.thatAskFor(skillName)}</span>
      </p>
      <div className="mt-1 h-2 w-full overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <div className={`h-full rounded-full bg-brand-600 ${shareWidthClass(share)}`} />
      </div>
    </div>
  );
}
