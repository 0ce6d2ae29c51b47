const MAX_MATCH = 80;

/**
 * The match with a few words either side, cut at word boundaries, so a reader sees the word in place.
 * Bounded whatever the text: it reads at most `radius` characters either side and cuts a long match.
 */
export function excerptAround(text: string, start: number, end: number, radius = 40): string {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) {
    const space = text.slice(from, start).indexOf(' ');
    if (space !== -1) from += space + 1;
  }
  if (to < text.length) {
    const space = text.slice(end, to).lastIndexOf(' ');
    if (space !== -1) to = end + space;
  }
  const match = end - start > MAX_MATCH ? `${text.slice(start, start + MAX_MATCH)}…` : text.slice(start, end);
  const inner = `${text.slice(from, start)}${match}${text.slice(end, to)}`.replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${inner}${to < text.length ? '…' : ''}`;
}

/** A sentence or phrase cut to `max` characters at a word boundary. */
export function clip(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
