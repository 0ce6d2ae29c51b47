import { Button } from '@/components/ui/button';
import { useState } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import type { CatalogSkill } from '@/lib/shared/catalog/schema';
import { slugify } from '@/lib/shared/catalog/slug';
import { formatYearsRange } from '@/lib/shared/catalog/search';
import type { FormValues } from '@/lib/shared/draft/form-values';
import { FieldError } from '@/components/ui/form-field';
import { LabelledControl } from '@/components/ui/labelled-control';
import { useBuilderData } from '../builder-context';
import { CountedHeading } from './counted-heading';
import { EditableListSection } from './editable-list';
import { QUICK_PICKS } from './quick-picks';
import { SkillPicker } from './skill-picker';
import { useT } from '../ui-text';
import { TitledSection } from '@/components/ui/titled-section';

const MAX_SKILLS = 40;

export function SkillsStep() {
  const { control, register } = useFormContext<FormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'skills' });
  const values = useWatch<FormValues, 'skills'>({ name: 'skills' }) ?? [];
  const qualifications = useFieldArray({ control, name: 'qualifications' });
  const qualificationCount = (useWatch<FormValues, 'qualifications'>({ name: 'qualifications' }) ?? []).length;
  const { skills: catalog } = useBuilderData();
  const t = useT();
  const [custom, setCustom] = useState('');
  const [notice, setNotice] = useState('');
  const selected = new Set(values.map((s) => s.id));
  const full = values.length >= MAX_SKILLS;

  function addCatalogSkill(skill: CatalogSkill) {
    if (selected.has(skill.id) || full) return;
    append({ id: skill.id, level: 'required', years: skill.typicalYears.min });
    setNotice(t('skills.added', { skill: skill.name }));
  }

  function addQuickPick(ids: readonly string[]) {
    const added = ids
      .map((id) => catalog.find((s) => s.id === id))
      .filter((s): s is CatalogSkill => Boolean(s) && !selected.has(s!.id))
      .slice(0, MAX_SKILLS - values.length);
    added.forEach((skill) => append({ id: skill.id, level: 'required', years: skill.typicalYears.min }));
    setNotice(
      added.length
        ? t('skills.addedMany', { skills: added.map((s) => s.name).join(', ') })
        : t('skills.alreadyListedAll'),
    );
  }

  function addCustom() {
    const name = custom.trim();
    const id = `custom:${slugify(name)}`;
    if (!slugify(name)) return setNotice(t('skills.typeFirst'));
    if (selected.has(id)) return setNotice(t('skills.alreadyListed', { skill: name }));
    append({ id, name, level: 'preferred', years: null });
    setCustom('');
    setNotice(t('skills.added', { skill: name }));
  }

  const describe = (id: string, name?: string) => {
    const skill = catalog.find((s) => s.id === id);
    return { name: skill?.name ?? name ?? id, typical: skill ? formatYearsRange(skill.typicalYears) : undefined };
  };

  return (
    <div className="grid gap-5">
      <TitledSection id="quick-title" title={t('skills.quickPicks')} titleClassName="text-sm font-medium">
        <div className="mt-2 flex flex-wrap gap-2">
          {QUICK_PICKS.map((pick) => (
            <Button size="sm" key={pick.id} onClick={() => addQuickPick(pick.skills)}>
              {t(`skills.quick.${pick.id}`)}
            </Button>
          ))}
        </div>
      </TitledSection>

      <section aria-labelledby="selected-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <CountedHeading id="selected-title" title={t('skills.selected')} count={values.length} max={MAX_SKILLS} />
        <p className="sr-only" role="status" aria-live="polite">
          {notice}
        </p>
        {fields.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">{t('skills.none')}</p>
        ) : (
          <ul className="mt-3 grid gap-3">
            {fields.map((field, index) => {
              const { name, typical } = describe(values[index]?.id ?? field.id, values[index]?.name);
              return (
                <li
                  key={field.id}
                  className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end"
                >
                  <div>
                    <p className="font-medium">{name}</p>
                    <p className="text-xs text-slate-600">
                      {typical ? t('skills.typicalAsk', { years: typical }) : t('skills.custom')}
                    </p>
                  </div>
                  <LabelledControl small id={`skill-level-${index}`} label={t('skills.level', { skill: name })}>
                    <select
                      id={`skill-level-${index}`}
                      {...register(`skills.${index}.level`)}
                      className="mt-1 rounded-md border border-slate-400 bg-white px-2 py-1.5"
                    >
                      <option value="required">{t('skills.required')}</option>
                      <option value="preferred">{t('skills.preferred')}</option>
                    </select>
                  </LabelledControl>
                  <LabelledControl small id={`skill-years-${index}`} label={t('skills.years', { skill: name })}>
                    <input
                      id={`skill-years-${index}`}
                      type="number"
                      min={0}
                      max={30}
                      inputMode="numeric"
                      {...register(`skills.${index}.years`, {
                        setValueAs: (v) => (v === '' || v === null ? null : Number(v)),
                      })}
                      className="mt-1 w-20 rounded-md border border-slate-400 px-2 py-1.5"
                    />
                  </LabelledControl>
                  <Button size="sm" onClick={() => remove(index)}>
                    {t('skills.remove')}
                    <span className="sr-only"> {name}</span>
                  </Button>
                  <div className="sm:col-span-4">
                    <FieldError name={`skills.${index}.years`} />
                    <FieldError name={`skills.${index}.name`} />
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        <FieldError name="skills" />
        <div className="mt-4 flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1">
            <label htmlFor="custom-skill" className="block text-sm font-medium">
              {t('skills.customLabel')}
            </label>
            <input
              id="custom-skill"
              value={custom}
              maxLength={60}
              onChange={(e) => setCustom(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addCustom();
                }
              }}
              placeholder={t('skills.customPlaceholder')}
              className="mt-1 w-full rounded-md border border-slate-400 px-3 py-2"
            />
          </div>
          <Button onClick={addCustom} disabled={full}>
            {t('skills.addCustom')}
          </Button>
        </div>
      </section>

      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <EditableListSection name="qualifications" count={qualificationCount} list={qualifications} />
      </div>

      <SkillPicker selected={selected} onAdd={addCatalogSkill} full={full} />
    </div>
  );
}
