import { Button } from '@/components/ui/button';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import type { FormValues } from '@/lib/shared/draft/form-values';
import { useBuilderData } from '../builder-context';
import { EditableListSection, LISTS } from './editable-list';
import { useT } from '../ui-text';
import { TitledSection } from '@/components/ui/titled-section';

export function ResponsibilitiesStep() {
  const { control } = useFormContext<FormValues>();
  const list = useFieldArray({ control, name: 'responsibilities' });
  const { append } = list;
  const items = useWatch<FormValues, 'responsibilities'>({ name: 'responsibilities' }) ?? [];
  const skills = useWatch<FormValues, 'skills'>({ name: 'skills' }) ?? [];
  const { responsibilities, skills: catalog } = useBuilderData();
  const t = useT();
  const chosen = new Set(skills.map((s) => s.id));
  const taken = new Set(items.map((i) => i.text));
  // Suggestions for the chosen skills first, the most matches first; general ones when no skill is chosen.
  const suggestions = responsibilities
    .map((r) => ({ ...r, matches: r.skills.filter((id) => chosen.has(id)).length }))
    .filter((r) => (chosen.size ? r.matches > 0 : true) && !taken.has(r.text))
    .sort((a, b) => b.matches - a.matches)
    .slice(0, 12);
  const name = (id: string) => catalog.find((s) => s.id === id)?.name ?? id;
  const full = items.length >= LISTS.responsibilities.max;

  return (
    <div className="grid gap-6">
      <EditableListSection name="responsibilities" count={items.length} list={list} />
      <TitledSection
        id="resp-suggest-title"
        title={chosen.size ? t('resp.suggestedForSkills') : t('resp.suggested')}
        titleClassName="font-semibold"
      >
        {suggestions.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">{t('resp.noMore')}</p>
        ) : (
          <ul className="mt-3 grid gap-2">
            {suggestions.map((s) => (
              <li
                key={s.id}
                className="flex flex-wrap items-start justify-between gap-2 rounded-md border border-slate-200 bg-white p-3"
              >
                <div className="min-w-0 flex-1">
                  <p>{s.text}</p>
                  <p className="mt-1 text-xs text-slate-600">
                    {t('resp.for', { skills: s.skills.map(name).join(', ') })}
                  </p>
                </div>
                <Button size="sm" disabled={full} onClick={() => append({ text: s.text })}>
                  {t('list.add')}
                  <span className="sr-only">: {s.text}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </TitledSection>
    </div>
  );
}
