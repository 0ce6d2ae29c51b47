import type { ImportResult } from './import-contract';

// The review screen's model: every source line the importer reported, where it went, and where the user
// sends it instead. Pure data; `reviewedDraft` (review-draft.ts) turns it back into a draft.

/** Where a user may send a line: a list gains it as a new item, a text gains it as a new paragraph. */
export const MOVE_TARGETS = ['job.summary', 'company.about', 'responsibilities', 'qualifications', 'benefits'] as const;
export type MoveTarget = (typeof MOVE_TARGETS)[number];

/** Where a line goes: where the importer put it, one of the move targets, or nowhere (kept on screen). */
export type LineDestination = 'found' | MoveTarget | 'unused';

export const isDestination = (value: string): value is LineDestination =>
  value === 'found' || value === 'unused' || (MOVE_TARGETS as readonly string[]).includes(value);

export interface ReviewLine {
  /** Position in the review list; stable while the user moves lines. */
  id: number;
  /** The source line as the importer quoted it. */
  from: string;
  /** The text that lands in a field: the list item the importer made of it, else the line without markup. */
  text: string;
  /** The draft paths the importer filled from this line (one line may give several skills); none if unplaced. */
  found: string[];
  to: LineDestination;
}

const LIST_LIMITS = { responsibilities: 25, qualifications: 20, benefits: 30 } as const;
const TEXT_LIMITS = { 'job.summary': 2000, 'company.about': 3000 } as const;
/** The longest one item of each list may be (the draft schema's limits). */
const ITEM_LIMITS = { responsibilities: 300, qualifications: 300, benefits: 200 } as const;

/** A Markdown or plain-text line without its bullet, number or heading marker. */
export function lineText(from: string): string {
  return from
    .trim()
    .replace(/^(?:#{1,6}\s*|[-+*•]\s+|\d{1,3}[.)]\s+)/, '')
    .trim();
}

export function valueAt(draft: Record<string, unknown>, path: string): unknown {
  let value: unknown = draft;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The text of a line: a string list item keeps the importer's cleaned wording, anything else the source's. */
function textOf(draft: Record<string, unknown>, from: string, found: string[]): string {
  const only = found.length === 1 ? found[0]! : '';
  if (/^(responsibilities|qualifications|benefits)\.\d+$/.test(only)) {
    const item = valueAt(draft, only);
    if (typeof item === 'string' && item.trim()) return item;
  }
  return lineText(from);
}

/**
 * One review line per source line, in the importer's order: placed lines first (lines that filled several
 * fields, such as one naming three skills, once), then the lines it could not place, marked unused.
 */
export function reviewLinesFrom(result: ImportResult): ReviewLine[] {
  const byFrom = new Map<string, string[]>();
  for (const { field, from } of result.placed) {
    const fields = byFrom.get(from);
    if (fields) fields.push(field);
    else byFrom.set(from, [field]);
  }
  const placed = [...byFrom].map(([from, found]) => ({ from, found, to: 'found' as const }));
  const unplaced = result.unplaced.map((from) => ({ from, found: [] as string[], to: 'unused' as const }));
  return [...placed, ...unplaced].map((line, id) => ({
    id,
    ...line,
    text: textOf(result.draft, line.from, line.found),
  }));
}

/** Sends a line elsewhere; `found` on a line the importer did not place means unused. */
export function moveLine(lines: readonly ReviewLine[], id: number, to: LineDestination): ReviewLine[] {
  return lines.map((line) =>
    line.id === id ? { ...line, to: to === 'found' && line.found.length === 0 ? 'unused' : to } : line,
  );
}

/** The line is in its field: where the importer put it, or moved. */
export const isUsed = (line: ReviewLine) => line.to !== 'unused';

/** The line was moved to a field other than where the importer put it. */
export const isMoved = (line: ReviewLine): line is ReviewLine & { to: MoveTarget } =>
  line.to !== 'found' && line.to !== 'unused';

/** The line sits in the target now (moved there, or put there by the importer and left). */
function isIn(line: ReviewLine, target: MoveTarget): boolean {
  if (line.to === target) return true;
  return line.to === 'found' && line.found.some((f) => f === target || f.startsWith(`${target}.`));
}

/** Why a line cannot go somewhere, as data: the page says it in its language. */
export type WhyNot = { reason: 'tooLong' } | { reason: 'itemTooLong' | 'listFull'; max: number };

/**
 * Why a line cannot go to a target in the draft as reviewed so far (`current`, from `reviewedDraft`): the
 * list is full, the line is longer than one item may be, the text would pass its limit. Null when it can.
 * The review screen shows the reason beside the choice rather than let the builder refuse the draft later.
 */
export function whyNotTo(current: Record<string, unknown>, line: ReviewLine, target: MoveTarget): WhyNot | null {
  if (isIn(line, target)) return null;
  const value = valueAt(current, target);
  if (target === 'job.summary' || target === 'company.about') {
    const length = (typeof value === 'string' ? value.length : 0) + line.text.length + 2;
    return length > TEXT_LIMITS[target] ? { reason: 'tooLong' } : null;
  }
  if (line.text.length > ITEM_LIMITS[target]) return { reason: 'itemTooLong', max: ITEM_LIMITS[target] };
  const length = Array.isArray(value) ? value.length : 0;
  return length >= LIST_LIMITS[target] ? { reason: 'listFull', max: LIST_LIMITS[target] } : null;
}
