import type { SiteMessageId, SiteTranslate } from '@/components/site-text/site-text';
import { MOVE_TARGET_EFFECT, namedField, type FieldName } from '@/lib/shared/import/review-field-labels';
import type { MoveTarget, WhyNot } from '@/lib/shared/import/review-lines';

// The review screen's names for the draft's fields and its reasons, in the page's language.

/** The message of each field: every name has one (the type says so, the completeness test checks the files). */
const fieldMessage = (field: FieldName): SiteMessageId => `field.${field}`;

/** A draft path as the builder names it: `responsibilities.2` → "Responsibilities, item 3". */
export function fieldLabel(t: SiteTranslate, path: string): string {
  const named = namedField(path);
  if (!named) return path;
  const field = t(fieldMessage(named.field));
  return named.item === null ? field : t('field.item', { field, number: named.item });
}

/** Where a moved line lands, said as what happens to it ("Responsibilities (a new item)"). */
export function moveTargetLabel(t: SiteTranslate, target: MoveTarget): string {
  const field = t(fieldMessage(target));
  return MOVE_TARGET_EFFECT[target] === 'addedAtEnd' ? t('line.addedAtEnd', { field }) : t('line.newItem', { field });
}

export function whyNotText(t: SiteTranslate, why: WhyNot): string {
  return why.reason === 'tooLong'
    ? t('line.tooLong')
    : t(why.reason === 'listFull' ? 'line.listFull' : 'line.itemTooLong', { max: why.max });
}

/** Where the importer put the line, in the builder's words ("Skills", "Responsibilities, item 3"). */
export function foundLabel(t: SiteTranslate, found: readonly string[]): string {
  return [...new Set(found.map((path) => fieldLabel(t, path)))].join(', ');
}
