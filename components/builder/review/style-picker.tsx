'use client';

import { useFormContext } from 'react-hook-form';
import type { FormValues } from '@/lib/draft/form-values';
import { useBuilderData } from '../builder-context';

/** The template the posting is rendered with, in the preview and every export. */
export function StylePicker() {
  const { register } = useFormContext<FormValues>();
  const { templates } = useBuilderData();
  return (
    <fieldset>
      <legend className="text-base font-semibold">Style</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-3">
        {templates.map((t) => (
          <label
            key={t.id}
            className="flex cursor-pointer gap-2 rounded-md border border-slate-300 bg-white p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <input type="radio" value={t.id} {...register('template')} className="mt-1" />
            <span>
              <span className="block font-semibold">{t.name}</span>
              <span className="text-slate-700">{t.description}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
