import { formatShare } from '@/lib/catalog/search';

/**
 * The bar's width as a class: the script-free pages allow no style attribute, so app/globals.css makes
 * one width class per whole percent (`w-47/100`); the exact figure is in the text beside it.
 */
export const shareWidthClass = (share: number) => `w-${Math.min(100, Math.max(1, Math.round(share)))}/100`;

/** The share of postings as text for everyone and as a bar for the eye; the scale is 0–100%. */
/** The sentence around the figure, where the page is not in English (the builder). */
export interface ShareBarWords {
  before: string;
  after: string;
  /** Read after the sentence by screen readers, with its own leading space or comma. */
  asking: string;
}

export function PostingShareBar({
  share,
  skillName,
  words,
}: {
  share: number;
  skillName: string;
  words?: ShareBarWords;
}) {
  const { before, after, asking } = words ?? {
    before: 'Found in',
    after: 'of postings',
    asking: ` that ask for ${skillName}`,
  };
  return (
    <div>
      <p className="text-sm text-slate-700">
        {before} <strong className="font-semibold text-slate-900">{formatShare(share)}</strong> {after}
        <span className="sr-only">{asking}</span>
      </p>
      <div className="mt-1 h-2 w-full overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <div className={`h-full rounded-full bg-brand-600 ${shareWidthClass(share)}`} />
      </div>
    </div>
  );
}
