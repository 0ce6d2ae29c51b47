import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { PAY_PERIODS } from '@/lib/shared/draft/draft-schema';
import type { FormValues } from '@/lib/shared/draft/form-values';
import { FieldError, SelectField, TextField } from '@/components/ui/form-field';
import { useBuilderData } from '../builder-context';
import { EditableListSection } from './editable-list';
import { useT } from '../ui-text';

const CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'CHF',
  'PLN',
  'SEK',
  'NOK',
  'DKK',
  'INR',
  'BRL',
  'JPY',
  'SGD',
  'NZD',
];
const toNumber = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));

export function PayStep() {
  const { control } = useFormContext<FormValues>();
  const list = useFieldArray({ control, name: 'benefits' });
  const { append, remove } = list;
  const benefits = useWatch<FormValues, 'benefits'>({ name: 'benefits' }) ?? [];
  const { benefits: library } = useBuilderData();
  const t = useT();
  const chosen = benefits.map((b) => b.text);

  return (
    <div className="grid gap-6">
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-sm font-medium text-slate-900">{t('pay.range')}</legend>
        <p className="text-sm text-slate-700">{t('pay.rangeHint')}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <AmountField name="compensation.min" label={t('pay.minimum')} />
          <AmountField name="compensation.max" label={t('pay.maximum')} />
          <SelectField
            name="compensation.currency"
            label={t('pay.currency')}
            choices={CURRENCIES.map((c) => ({ value: c, label: c }))}
          />
          <SelectField
            name="compensation.period"
            label={t('pay.per')}
            choices={PAY_PERIODS.map((p) => ({ value: p, label: t(`pay.period.${p}`) }))}
          />
        </div>
        <FieldError name="compensation" />
      </fieldset>
      <fieldset className="rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-sm font-medium text-slate-900">{t('pay.commonBenefits')}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {library.map((benefit) => {
            const index = chosen.indexOf(benefit.text);
            return (
              <label key={benefit.id} className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  className="mt-1"
                  checked={index !== -1}
                  onChange={(e) => (e.target.checked ? append({ text: benefit.text }) : remove(index))}
                />
                {benefit.text}
              </label>
            );
          })}
        </div>
      </fieldset>
      <EditableListSection name="benefits" count={benefits.length} list={list} />
    </div>
  );
}

function AmountField({ name, label }: { name: 'compensation.min' | 'compensation.max'; label: string }) {
  return <TextField name={name} label={label} type="number" inputMode="numeric" options={{ setValueAs: toNumber }} />;
}
