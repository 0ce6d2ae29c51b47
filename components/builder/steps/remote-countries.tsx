import { Button } from '@/components/ui/button';
import { LabelledSelect } from '@/components/ui/labelled-select';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { FormValues } from '@/lib/shared/draft/form-values';
import { FieldError } from '@/components/ui/form-field';
import { useBuilderData } from '../builder-context';
import { useT } from '../ui-text';

/** Where remote applicants may live: pick countries one at a time; each can be removed again. */
export function RemoteCountries() {
  const { setValue } = useFormContext<FormValues>();
  const chosen = useWatch<FormValues, 'job.remoteCountries'>({ name: 'job.remoteCountries' }) ?? [];
  const { countries } = useBuilderData();
  const t = useT();
  const [pick, setPick] = useState('');
  const [picking, setPicking] = useState(false);
  const pickRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (picking) pickRef.current?.focus();
  }, [picking]);
  const chosenKey = chosen.join();
  // Kept while the chosen countries stay the same, so React skips ~250 options when the form re-renders.
  const options = useMemo(
    () =>
      countries
        .filter((c) => !chosenKey.split(',').includes(c.code))
        .map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        )),
    [countries, chosenKey],
  );
  const name = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
  const update = (next: string[]) => setValue('job.remoteCountries', next, { shouldDirty: true, shouldValidate: true });

  return (
    <fieldset className="rounded-lg border border-slate-200 p-4">
      <legend className="px-1 text-sm font-medium text-slate-900">
        {t('remote.legend')} <span className="font-normal text-slate-600">{t('field.optional')}</span>
      </legend>
      {picking ? (
        <div className="flex flex-wrap items-end gap-2">
          <LabelledSelect
            id="remote-country-pick"
            label={t('remote.countryToAdd')}
            hideLabel
            className="w-full min-w-0 sm:w-auto sm:flex-1"
            selectClassName="block w-full"
            value={pick}
            onChange={(e) => setPick(e.target.value)}
            ref={pickRef}
          >
            <option value="">{t('role.chooseCountry')}</option>
            {options}
          </LabelledSelect>
          <Button
            disabled={!pick}
            onClick={() => {
              update([...chosen, pick]);
              setPick('');
            }}
          >
            {t('remote.addCountry')}
          </Button>
        </div>
      ) : (
        // The ~250 countries are put on the page when asked for: most postings never need them, and every
        // option is work for the browser when the builder starts (on a phone, a long task before it responds).
        <Button onClick={() => setPicking(true)}>{t('remote.choose')}</Button>
      )}
      {chosen.length ? (
        <ul className="mt-3 flex flex-wrap gap-2" aria-label={t('remote.chosen')}>
          {chosen.map((code) => (
            <li
              key={code}
              className="flex items-center gap-1 rounded-full bg-brand-50 py-1 pl-3 pr-1 text-sm text-brand-800"
            >
              {name(code)}
              <button
                type="button"
                onClick={() => update(chosen.filter((c) => c !== code))}
                className="rounded-full px-2 hover:bg-brand-100"
                aria-label={t('remote.remove', { country: name(code) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{t('remote.none')}</p>
      )}
      <FieldError name="job.remoteCountries" />
    </fieldset>
  );
}
