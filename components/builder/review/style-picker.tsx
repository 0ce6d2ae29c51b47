import { useFormContext } from 'react-hook-form';
import type { FormValues } from '@/lib/shared/draft/form-values';
import { useBuilderData } from '../builder-context';
import { useT } from '../ui-text';

/** The template the posting is rendered with, in the preview and every export. */
export function StylePicker() {
  const { register } = useFormContext<FormValues>();
  const { templates } = useBuilderData();
  const t = useT();
  return (
    <fieldset>
      <legend className="text-base font-semibold">{t('review.style')}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-3">
        {templates.map((template) => (
          <label
            key={template.id}
            className="flex cursor-pointer gap-2 rounded-md border border-slate-300 bg-white p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <input type="radio" value={template.id} {...register('template')} className="mt-1" />
            <span>
              <span className="block font-semibold">{template.name}</span>
              <span className="text-slate-700">{template.description}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
