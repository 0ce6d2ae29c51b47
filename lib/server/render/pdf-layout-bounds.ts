import type { Draft } from '../../shared/draft/draft-schema';

// react-pdf's cost grows with the lines it lays out and the pages it breaks, and a hard line break is a line
// however short: the 5,000 characters of summary and about, typed as one character per line, made ~60 pages
// and took ~5 s. Wrapped text is cheap (the same characters as running prose fill ~3 pages). So the PDF keeps
// the first lines of a block field as typed and runs the rest on as one paragraph: every word is still there,
// and a real posting (a few paragraphs, a short list typed with line breaks) is never touched.

/** Lines (paragraphs and hard line breaks together) a block field keeps as typed in the PDF. */
export const PDF_MAX_LINES_PER_FIELD = 30;

/** `text` with at most `maxLines` non-blank lines: the lines past the limit joined to the last one by spaces. */
export function boundLines(text: string, maxLines = PDF_MAX_LINES_PER_FIELD): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let seen = 0;
  for (let index = 0; index < lines.length; index++) {
    if (lines[index]!.trim() === '') continue;
    seen += 1;
    if (seen === maxLines) {
      const rest = lines
        .slice(index)
        .map((line) => line.trim())
        .filter((line) => line !== '');
      return rest.length > 1 ? [...lines.slice(0, index), rest.join(' ')].join('\n') : text;
    }
  }
  return text;
}

/** The draft as the PDF lays it out: block fields with a bounded number of lines (inline fields are one line). */
export function boundPdfLayout(draft: Draft): Draft {
  const { summary } = draft.job;
  const { about } = draft.company;
  return {
    ...draft,
    job: { ...draft.job, summary: summary === undefined ? undefined : boundLines(summary) },
    company: { ...draft.company, about: about === undefined ? undefined : boundLines(about) },
  };
}
