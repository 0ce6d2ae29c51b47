import type { Draft } from '../../shared/draft/draft-schema';
import { collapseInline } from '../render/markdown-escape';
import { renderMessages } from '../../shared/render/render-messages';
import { employerAccent } from './employer-accent';
import { jobLocationLine } from './job-location';
import { publicDraft } from './public-draft';

// A job's Open Graph card (1200×630), as SVG for sharp to rasterize. Every text is the employer's own: it is
// escaped for XML and cut to a bounded number of lines, so the card's cost and layout hold for any draft.

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const MARGIN = 80;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
}

/**
 * Words into at most `maxLines` lines of about `maxChars` characters (SVG text does not wrap). A word longer
 * than a line is cut; text left over ends the last line with an ellipsis.
 */
export function wrapLines(text: string, maxChars: number, maxLines: number): string[] {
  const words = Array.from(collapseInline(text).split(' ').filter(Boolean), (word) =>
    [...word].length > maxChars ? `${[...word].slice(0, maxChars - 1).join('')}…` : word,
  );
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if ([...next].length <= maxChars) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      const last = [...lines[maxLines - 1]!];
      lines[maxLines - 1] = `${last.slice(0, maxChars - 1).join('')}…`;
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface JobCardText {
  title: string;
  company: string;
  location: string;
  /** #rrggbb for the stripe; the theme's blue when unusable. */
  accent: string;
  /** The card's own line at the foot, in the posting's language. */
  footer: string;
}

export function jobCardText(stored: Draft): JobCardText {
  const draft = publicDraft(stored);
  const language = draft.language ?? 'en';
  return {
    title: draft.job.title,
    company: draft.company.name,
    location: jobLocationLine(draft, language),
    accent: employerAccent(draft.company.accentColor)?.background ?? '#174cb0',
    footer: renderMessages(language).jobPage.cardFooter,
  };
}

function textLines(
  lines: string[],
  { y, size, weight, fill }: { y: number; size: number; weight: number; fill: string },
) {
  return lines
    .map(
      (line, i) =>
        `<text x="${MARGIN}" y="${y + i * Math.round(size * 1.2)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`,
    )
    .join('');
}

export function jobCardSvg(card: JobCardText): string {
  if (!/^#[0-9a-f]{6}$/i.test(card.accent)) throw new Error('accent must be #rrggbb');
  const title = wrapLines(card.title, 26, 3);
  const company = wrapLines(card.company, 44, 1);
  const location = wrapLines(card.location, 52, 1);
  const titleTop = 200;
  const afterTitle = titleTop + title.length * 77;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="DejaVu Sans, sans-serif">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${CARD_WIDTH}" height="24" fill="${card.accent}"/>`,
    textLines(company, { y: 120, size: 40, weight: 700, fill: '#16202e' }),
    textLines(title, { y: titleTop, size: 64, weight: 700, fill: '#16202e' }),
    textLines(location, { y: afterTitle + 30, size: 34, weight: 400, fill: '#334155' }),
    `<text x="${MARGIN}" y="${CARD_HEIGHT - 60}" font-size="28" fill="#475569">${escapeXml(card.footer)}</text>`,
    `</svg>`,
  ].join('');
}
