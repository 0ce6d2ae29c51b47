'use client';

import { useFormContext } from 'react-hook-form';
import type { Draft } from '@/lib/draft/draft-schema';
import type { FormValues } from '@/lib/draft/form-values';
import { SharePanel } from '@/components/share/share-panel';
import { useBuilderData } from '../builder-data';
import { ExportActions } from '../export-actions';

export function ReviewStep({ getDraft, problems }: { getDraft: () => Draft | null; problems: string[] }) {
  const { register } = useFormContext<FormValues>();
  const { templates } = useBuilderData();
  return (
    <div className="grid gap-5">
      {problems.length ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm">
          <p className="font-semibold">Some fields still need attention before you export or share:</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="rounded-md border border-green-300 bg-green-50 p-3 text-sm">
          Your posting is complete. Pick a style, then export or share it.
        </p>
      )}
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
      <ExportActions getDraft={getDraft} />
      <SharePanel getDraft={getDraft} />
    </div>
  );
}
