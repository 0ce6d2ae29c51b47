'use client';

import { useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { EMPLOYMENT_TYPE_LABELS, SENIORITY_LABELS, WORKPLACE_LABELS } from '@/lib/render/labels';
import { EMPLOYMENT_TYPES, SENIORITIES, WORKPLACES } from '@/lib/draft/draft-schema';
import type { FormValues } from '@/lib/draft/form-values';
import { FieldError, SelectField, TextAreaField, TextField } from '@/components/ui/form-field';
import { useBuilderData } from '../builder-context';
import { RemoteCountries } from './remote-countries';
import { OtherLanguageText } from '../translations/other-language-text';

export function RoleStep() {
  const { register } = useFormContext<FormValues>();
  const workplace = useWatch<FormValues, 'job.workplace'>({ name: 'job.workplace' });
  const { countries } = useBuilderData();
  const countryChoices = useMemo(
    () => [{ value: '', label: 'Choose a country' }, ...countries.map((c) => ({ value: c.code, label: c.name }))],
    [countries],
  );
  return (
    <div className="grid gap-5">
      <TextField
        name="job.title"
        label="Job title"
        required
        hint="What candidates search for, e.g. Senior Back End Developer."
      />
      <OtherLanguageText field="job.title" label="Job title" />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          name="job.seniority"
          label="Seniority"
          required
          choices={SENIORITIES.map((v) => ({ value: v, label: SENIORITY_LABELS[v] }))}
        />
        <SelectField
          name="job.employmentType"
          label="Employment type"
          required
          choices={EMPLOYMENT_TYPES.map((v) => ({ value: v, label: EMPLOYMENT_TYPE_LABELS[v] }))}
        />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-900">
          Workplace <span className="text-red-800">*</span>
        </legend>
        <div className="mt-2 flex flex-wrap gap-3">
          {WORKPLACES.map((value) => (
            <label
              key={value}
              className="flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input type="radio" value={value} {...register('job.workplace')} />
              {WORKPLACE_LABELS[value]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-sm font-medium text-slate-900">
          Location{' '}
          {workplace === 'remote' ? (
            <span className="font-normal text-slate-600">(optional for remote roles)</span>
          ) : null}
        </legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField name="job.location.city" label="City" autoComplete="address-level2" />
          <TextField
            name="job.location.region"
            label="Region"
            hint="State or region, e.g. TX"
            autoComplete="address-level1"
          />
          <SelectField
            name="job.location.country"
            label="Country"
            required={workplace !== 'remote'}
            choices={countryChoices}
          />
        </div>
        <FieldError name="job.location" />
      </fieldset>
      <RemoteCountries />
      <TextField name="job.department" label="Team or department" hint="e.g. Platform, Payments" />
      <OtherLanguageText field="job.department" label="Team or department" />
      <TextAreaField
        name="job.summary"
        label="Summary of the role"
        rows={5}
        hint="Two or three sentences: what the team does and why this role matters. Up to 2,000 characters."
      />
      <OtherLanguageText field="job.summary" label="Summary of the role" />
    </div>
  );
}
