import type { ImportResult } from './import-contract';
import { isMoved, valueAt, type ReviewLine } from './review-lines';

// The imported draft as the user left it on the review screen: a line moved away or dropped leaves the
// field the importer put it in, a moved line joins its new field. Computed from the importer's draft and
// the lines every time, so moving a line twice, or back, needs no undo.

type DraftObject = Record<string, unknown>;

/**
 * Fields a posting needs that the builder cannot start with a default (it starts seniority, employment type
 * and workplace at the usual choice): dropping the line that filled one makes it missing.
 */
const REQUIRED = ['job.title', 'company.name', 'apply'];
const TEXT_FIELDS = new Set(['job.summary', 'company.about']);
const LIST_ITEM = /^((?:job\.)?[a-zA-Z]+)\.(\d+)$/;

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}

/** Whether the draft fills a path (`apply` is filled by a link or an e-mail). */
export function fills(draft: DraftObject, path: string): boolean {
  if (path === 'apply') return !isEmpty(valueAt(draft, 'apply.url')) || !isEmpty(valueAt(draft, 'apply.email'));
  return !isEmpty(valueAt(draft, path));
}

function parentOf(draft: DraftObject, path: string): [DraftObject, string] | null {
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.length ? valueAt(draft, keys.join('.')) : draft;
  return typeof parent === 'object' && parent !== null && !Array.isArray(parent) ? [parent as DraftObject, last] : null;
}

/** Removes a leaf, then each parent object it leaves empty (a location with no part left is no location). */
function unset(draft: DraftObject, path: string) {
  const keys = path.split('.');
  for (let depth = keys.length; depth > 0; depth--) {
    const at = parentOf(draft, keys.slice(0, depth).join('.'));
    if (!at) return;
    const [parent, key] = at;
    if (depth === keys.length || isEmpty(parent[key])) delete parent[key];
    else return;
  }
}

/** Takes one line's words out of a text made of several lines, leaving tidy paragraphs. */
function withoutText(value: string, text: string): string {
  const at = value.indexOf(text);
  if (at === -1 || !text) return value;
  return (value.slice(0, at) + value.slice(at + text.length))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function removeFound(draft: DraftObject, lines: readonly ReviewLine[]) {
  const dropIndexes = new Map<string, Set<number>>();
  for (const line of lines) {
    if (line.to === 'found') continue;
    for (const path of line.found) {
      const item = LIST_ITEM.exec(path);
      if (item && Array.isArray(valueAt(draft, item[1]!))) {
        const set = dropIndexes.get(item[1]!) ?? new Set<number>();
        dropIndexes.set(item[1]!, set.add(Number(item[2])));
      } else if (TEXT_FIELDS.has(path)) {
        const value = valueAt(draft, path);
        if (typeof value === 'string') parentOf(draft, path)![0][path.split('.')[1]!] = withoutText(value, line.text);
      } else if (path.startsWith('compensation')) {
        // Pay is one object (currency, min, max, period): without the line that stated it there is no pay.
        delete draft.compensation;
      } else {
        unset(draft, path);
      }
    }
  }
  for (const [list, indexes] of dropIndexes) {
    const items = valueAt(draft, list) as unknown[];
    const at = parentOf(draft, list)!;
    at[0][at[1]] = items.filter((_, index) => !indexes.has(index));
  }
  for (const path of TEXT_FIELDS) if (fills(draft, path) === false) unset(draft, path);
}

function addMoved(draft: DraftObject, lines: readonly ReviewLine[]) {
  for (const line of lines) {
    if (!isMoved(line)) continue;
    if (TEXT_FIELDS.has(line.to)) {
      const [section, key] = line.to.split('.') as [string, string];
      const object = (draft[section] ??= {}) as DraftObject;
      const current = typeof object[key] === 'string' ? (object[key] as string) : '';
      object[key] = current.trim() ? `${current}\n\n${line.text}` : line.text;
    } else {
      const current = Array.isArray(draft[line.to]) ? (draft[line.to] as unknown[]) : [];
      draft[line.to] = [...current, line.text];
    }
  }
}

/**
 * The draft after the review, and what it still lacks: the importer's `missing` that nothing filled since,
 * and every required field a dropped or moved line left empty.
 */
export function reviewedDraft(
  result: Pick<ImportResult, 'draft' | 'missing'>,
  lines: readonly ReviewLine[],
): { draft: DraftObject; missing: string[] } {
  const draft = structuredClone(result.draft);
  removeFound(draft, lines);
  addMoved(draft, lines);
  // On-site and hybrid roles need a place (the builder starts a role as hybrid when the posting did not say).
  const place = valueAt(draft, 'job.workplace') === 'remote' ? [] : ['job.location.country'];
  const missing = [...new Set([...result.missing, ...REQUIRED, ...place])].filter((path) => !fills(draft, path));
  return { draft, missing };
}
