// An employer's accent colour on its job pages. The pages allow no inline style (`style-src 'self'`), so the
// colour arrives as a tiny stylesheet of its own (/jobs/{id}/accent.css): two custom properties the one
// Tailwind build reads, with the theme's blue as their fallback. Any #rrggbb is allowed in the draft; a colour
// on which neither white nor ink text reaches WCAG AA (4.5:1) is not used, and the page keeps the theme.

const HEX = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;
const WHITE = '#ffffff';
/** The theme's ink (app/globals.css --color-ink). */
const INK = '#16202e';
const AA_NORMAL_TEXT = 4.5;

function channel(value: number): number {
  const s = value / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const match = HEX.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => channel(parseInt(part, 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

export interface EmployerAccent {
  /** The accent, lower-cased #rrggbb. */
  background: string;
  /** White or ink: whichever reads better on the accent. */
  text: string;
}

/** The accent and a readable text colour on it, or undefined when none reaches AA (use the theme then). */
export function employerAccent(color: string | undefined): EmployerAccent | undefined {
  if (!color || !HEX.test(color)) return undefined;
  const background = color.toLowerCase();
  const text = [WHITE, INK]
    .map((candidate) => ({ candidate, ratio: contrastRatio(background, candidate) }))
    .sort((a, b) => b.ratio - a.ratio)[0]!;
  return text.ratio >= AA_NORMAL_TEXT ? { background, text: text.candidate } : undefined;
}

/** The accent stylesheet: only ever built from checked #rrggbb values, so nothing else reaches the CSS. */
export function employerAccentCss(accent: EmployerAccent): string {
  if (!HEX.test(accent.background) || !HEX.test(accent.text)) throw new Error('Accent colours must be #rrggbb');
  return `:root{--employer-accent:${accent.background};--employer-on-accent:${accent.text}}\n`;
}
