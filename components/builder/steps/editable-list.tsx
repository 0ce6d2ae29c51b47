import { Button } from '@/components/ui/button';
import { useState } from 'react';
import { useFormContext, type UseFieldArrayReturn } from 'react-hook-form';
import { MAX_QUALIFICATIONS } from '@/lib/shared/draft/draft-schema';
import type { FormValues } from '@/lib/shared/draft/form-values';
import { FieldError } from '@/components/ui/form-field';
import { CountedHeading } from './counted-heading';
import { OtherLanguageText } from '../translations/other-language-text';
import { useT, type MessageId } from '../ui-text';

type ListName = 'responsibilities' | 'qualifications' | 'benefits';
type ListArray =
  | UseFieldArrayReturn<FormValues, 'responsibilities'>
  | UseFieldArrayReturn<FormValues, 'qualifications'>
  | UseFieldArrayReturn<FormValues, 'benefits'>;

/** Which item a button acts on, for screen readers: every row has the same three buttons. */
function ItemName({ label, index }: { label: string; index: number }) {
  const t = useT();
  return <span className="sr-only"> {t('list.itemName', { item: label, n: index + 1 })}</span>;
}

/** A list of short texts: edit in place, reorder with buttons (keyboard friendly), remove. */
export function EditableList({
  name,
  itemLabel,
  max,
  list,
}: {
  name: ListName;
  itemLabel: string;
  max: number;
  /** The step's one field array for this list (two field arrays on one name would not see each other). */
  list: ListArray;
}) {
  const { register } = useFormContext<FormValues>();
  const { fields, remove, move } = list;
  const t = useT();
  if (fields.length === 0) return <p className="text-sm text-slate-700">{t('list.empty')}</p>;
  return (
    <ol className="grid gap-3">
      {fields.map((field, index) => (
        <li key={field.id} className="rounded-md border border-slate-200 bg-white p-3">
          <label htmlFor={`${name}-${index}`} className="block text-xs font-medium text-slate-700">
            {t('list.item', { item: itemLabel, n: index + 1, total: fields.length })}
          </label>
          <textarea
            id={`${name}-${index}`}
            rows={2}
            maxLength={max}
            {...register(`${name}.${index}.text`)}
            className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
          />
          <FieldError name={`${name}.${index}.text`} />
          <div className="mt-2 flex flex-wrap gap-2 text-sm">
            <Button size="sm" disabled={index === 0} onClick={() => move(index, index - 1)}>
              {t('list.moveUp')}
              <ItemName label={itemLabel} index={index} />
            </Button>
            <Button size="sm" disabled={index === fields.length - 1} onClick={() => move(index, index + 1)}>
              {t('list.moveDown')}
              <ItemName label={itemLabel} index={index} />
            </Button>
            <Button size="sm" onClick={() => remove(index)}>
              {t('list.remove')}
              <ItemName label={itemLabel} index={index} />
            </Button>
          </div>
        </li>
      ))}
    </ol>
  );
}

/** A step's own list: its heading and count, the items to edit, and a box to add one more while there is room. */
/**
 * The builder's three lists: their ids (tests and the checks' field marks find them by these), how long each may
 * grow, and the message ids of their words.
 */
export const LISTS = {
  responsibilities: {
    titleId: 'resp-list-title',
    addId: 'own-responsibility',
    max: 25,
    itemMax: 300,
    words: { title: 'resp.yourList', item: 'resp.item', add: 'resp.addOwn' },
  },
  qualifications: {
    titleId: 'qualifications-title',
    addId: 'own-qualification',
    max: MAX_QUALIFICATIONS,
    itemMax: 300,
    words: {
      title: 'skills.otherRequirements',
      hint: 'skills.otherRequirementsHint',
      item: 'skills.qualification',
      add: 'skills.addRequirement',
    },
  },
  benefits: {
    titleId: 'benefit-list-title',
    addId: 'own-benefit',
    max: 30,
    itemMax: 200,
    words: { title: 'pay.benefitsInPosting', item: 'pay.benefit', add: 'pay.addOwn' },
  },
} as const satisfies Record<
  ListName,
  {
    titleId: string;
    addId: string;
    max: number;
    itemMax: number;
    /** `hint`: a line under the heading that says what belongs in the list. */
    words: { title: MessageId; hint?: MessageId; item: MessageId; add: MessageId };
  }
>;

export function EditableListSection({ name, count, list }: { name: ListName; count: number; list: ListArray }) {
  const t = useT();
  const { titleId, addId, max, itemMax, words } = LISTS[name];
  const title = t(words.title);
  return (
    <section aria-labelledby={titleId}>
      <CountedHeading id={titleId} title={title} count={count} max={max} />
      {'hint' in words ? <p className="mt-1 text-sm text-slate-700">{t(words.hint)}</p> : null}
      <OtherLanguageText field={name} label={title} className="mt-3" />
      <div className="mt-3">
        <EditableList name={name} itemLabel={t(words.item)} max={itemMax} list={list} />
      </div>
      <FieldError name={name} />
      <div className="mt-4">
        <AddOwnItem id={addId} label={t(words.add)} disabled={count >= max} onAdd={(text) => list.append({ text })} />
      </div>
    </section>
  );
}

/** "Add your own": a text box and a button; Enter adds too. (No <form>: the builder may sit inside one.) */
export function AddOwnItem({
  id,
  label,
  onAdd,
  disabled,
}: {
  id: string;
  label: string;
  onAdd: (text: string) => void;
  disabled?: boolean;
}) {
  const [text, setText] = useState('');
  const t = useT();
  const add = () => {
    if (!text.trim() || disabled) return;
    onAdd(text.trim());
    setText('');
  };
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="block text-sm font-medium">
          {label}
        </label>
        <input
          id={id}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          className="mt-1 w-full rounded-md border border-slate-400 px-3 py-2"
        />
      </div>
      <Button onClick={add} disabled={disabled}>
        {/* Seen: the short verb; heard: the whole label, which names the list in every language. */}
        <span aria-hidden="true">{t('list.add')}</span>
        <span className="sr-only">{label}</span>
      </Button>
    </div>
  );
}
