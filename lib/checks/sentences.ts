// Splits posting text into sentences the way a reader meets them: every list line or heading is one
// sentence even without a full stop, and prose lines split at . ! ? before the next sentence starts.

// Links and emails are not read as words; punctuation right after one still ends the sentence.
const URL_OR_EMAIL = /(?:https?:\/\/|www\.)\S+?(?=[.,;:!?)]*(?:\s|$))|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
const LIST_MARKER = /^\s*(?:[-*•·–—]|\d+[.)]|#{1,6})\s+/u;
const MARKDOWN_EMPHASIS = /[*_`]+/g;
// A full stop, ! or ? ends a sentence when whitespace and a capital, digit or quote follow.
const SENTENCE_END = /(?<=[.!?…])["'”’)]*\s+(?=["'“‘(]?[\p{Lu}\p{N}])/u;
// Abbreviations whose full stop does not end the sentence.
const ABBREVIATION = /(?:^|\s)(?:e\.g|i\.e|etc|vs|approx|incl|Mr|Mrs|Ms|Dr|Prof|St|Inc|Ltd|Co|Jr|Sr|No|U\.S|[A-Z])\.$/u;

const HAS_WORD = /[\p{L}\p{N}]/u;
// A number with separators ("140,000", "1.5") is one word; so is "well-tested" or "Node.js".
const WORD = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const rawLine of text.replace(URL_OR_EMAIL, ' ').split(/\r?\n/)) {
    const line = rawLine.replace(LIST_MARKER, '').replace(MARKDOWN_EMPHASIS, '').trim();
    if (!line) continue;
    let pending = '';
    for (const piece of line.split(SENTENCE_END)) {
      pending = pending ? `${pending} ${piece}` : piece;
      if (!ABBREVIATION.test(pending)) {
        sentences.push(pending);
        pending = '';
      }
    }
    if (pending) sentences.push(pending);
  }
  return sentences
    .map((sentence) => sentence.replace(/\s+/g, ' ').replace(/\s+([.,;:!?])/g, '$1'))
    .filter((sentence) => HAS_WORD.test(sentence));
}

export function wordsOf(sentence: string): string[] {
  return sentence.match(WORD) ?? [];
}
