import type { Draft } from '../../shared/draft/draft-schema';

const MAX_BASE_LENGTH = 80;
const FALLBACK = 'job-posting';

// Letters NFKD cannot take apart into a base letter and an accent.
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/g, (letter) => LETTERS[letter] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "senior-back-end-developer-acme-analytics.pdf": ASCII only, cut at a word, never empty. */
export function exportFileName(draft: Draft, extension: string): string {
  let base = asciiSlug(`${draft.job.title} ${draft.company.name}`);
  if (base.length > MAX_BASE_LENGTH) {
    const cut = base.slice(0, MAX_BASE_LENGTH + 1);
    const lastHyphen = cut.lastIndexOf('-');
    base = (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_BASE_LENGTH)).replace(/-+$/, '');
  }
  const ext = asciiSlug(extension).replace(/-/g, '');
  return `${base || FALLBACK}${ext ? `.${ext}` : ''}`;
}
