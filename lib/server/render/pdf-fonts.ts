import { existsSync } from 'node:fs';
import path from 'node:path';
import { Font } from '@react-pdf/renderer';
import { getEnv } from '../config/env';

// DejaVu Sans covers Latin, Greek and Cyrillic with accents, plus € and £; react-pdf's built-in Helvetica
// cannot show ł or €. POSTWRIGHT_FONT_DIR points elsewhere when node_modules is not next to the server.

export const PDF_FONT_FAMILY = 'DejaVu Sans';

const FONT_FILES = [
  { file: 'DejaVuSans.ttf', fontWeight: 'normal', fontStyle: 'normal' },
  { file: 'DejaVuSans-Bold.ttf', fontWeight: 'bold', fontStyle: 'normal' },
  { file: 'DejaVuSans-Oblique.ttf', fontWeight: 'normal', fontStyle: 'italic' },
  { file: 'DejaVuSans-BoldOblique.ttf', fontWeight: 'bold', fontStyle: 'italic' },
] as const;

/** Words longer than a line would run off the page (no hyphenation): cut them into pieces that can wrap. */
const LONGEST_UNBROKEN_WORD = 40;

function splitLongWord(word: string): string[] {
  if (word.length <= LONGEST_UNBROKEN_WORD) return [word];
  return word.match(/[\s\S]{1,20}/gu) ?? [word];
}

let registered = false;
let hasGlyph: ((codePoint: number) => boolean) | undefined;
const glyphCache = new Map<number, boolean>();

function registerPdfFonts(): void {
  if (registered) return;
  const dir = path.resolve(getEnv().POSTWRIGHT_FONT_DIR);
  // The font folder is listed in next.config.js's outputFileTracingIncludes; don't trace the whole project.
  const missing = FONT_FILES.filter(({ file }) => !existsSync(path.join(/*turbopackIgnore: true*/ dir, file)));
  if (missing.length) {
    throw new Error(
      `PDF fonts not found in ${dir} (${missing.map((f) => f.file).join(', ')}): set POSTWRIGHT_FONT_DIR`,
    );
  }
  Font.register({
    family: PDF_FONT_FAMILY,
    fonts: FONT_FILES.map(({ file, fontWeight, fontStyle }) => ({
      src: path.join(/*turbopackIgnore: true*/ dir, file),
      fontWeight,
      fontStyle,
    })),
  });
  // The default English hyphenator splits words (and names, and URLs) with inserted hyphens.
  Font.registerHyphenationCallback(splitLongWord);
  registered = true;
}

/** Registers and loads the fonts once, so displayableText knows which characters DejaVu Sans can draw. */
export async function loadPdfFonts(): Promise<void> {
  registerPdfFonts();
  if (hasGlyph) return;
  await Font.load({ fontFamily: PDF_FONT_FAMILY });
  const font = Font.getFont({ fontFamily: PDF_FONT_FAMILY }).data;
  hasGlyph = font ? (codePoint) => font.hasGlyphForCodePoint(codePoint) : () => true;
}

// Latin, the usual typographic punctuation and €: always in DejaVu Sans, so most text skips the glyph lookup.
const SURELY_COVERED = /^[\t\n\x20-\x7e\u00a0-\u024f\u2013\u2014\u2018-\u201d\u2022\u2026\u20ac]*$/;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const MISSING_GLYPH = '\u25a1'; // □

function covered(codePoint: number): boolean {
  let known = glyphCache.get(codePoint);
  if (known === undefined) {
    known = hasGlyph ? hasGlyph(codePoint) : true;
    if (glyphCache.size < 10_000) glyphCache.set(codePoint, known);
  }
  return known;
}

/**
 * Characters outside the Basic Multilingual Plane (emoji and the like) drawn per document. Those the font has
 * cost react-pdf's layout far more than other text: every field packed with emoji made the worst-case PDF
 * 1.5 s of CPU, a third of it for the emoji past the first hundred. A real posting uses a few.
 */
export const PDF_MAX_ASTRAL_CHARACTERS = 100;

/** What one document may still draw of the characters outside the BMP; a fresh one per document. */
export interface AstralBudget {
  left: number;
}

export function astralBudget(max = PDF_MAX_ASTRAL_CHARACTERS): AstralBudget {
  return { left: max };
}

function astralCount(segment: string): number {
  let count = 0;
  for (const char of segment) if (char.codePointAt(0)! > 0xffff) count += 1;
  return count;
}

/**
 * Text as the PDF can draw it: a character the font lacks (CJK, most emoji) becomes □. Left alone, react-pdf
 * draws such characters as stray Latin glyphs and mis-measures the line, so text overlaps. Characters outside
 * the BMP the font does have are drawn while `budget` lasts, and become □ after (a grapheme is drawn whole or
 * not at all).
 */
export function displayableText(text: string, budget: AstralBudget): string {
  if (SURELY_COVERED.test(text)) return text;
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    const drawable = Array.from(segment).every((char) => covered(char.codePointAt(0)!));
    if (!drawable) {
      out += MISSING_GLYPH;
      continue;
    }
    const astral = astralCount(segment);
    if (astral > budget.left) {
      out += MISSING_GLYPH;
      continue;
    }
    budget.left -= astral;
    out += segment;
  }
  return out;
}
