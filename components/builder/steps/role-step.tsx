import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { EMPLOYMENT_TYPES, SENIORITIES, WORKPLACES } from '@/lib/shared/draft/draft-schema';
import type { FormValues } from '@/lib/shared/draft/form-values';
import { FieldError, SelectField, TextAreaField, TextField } from '@/components/ui/form-field';
import { useBuilderData } from '../builder-context';
import { RadioCards } from '../radio-cards';
import { RemoteCountries } from './remote-countries';
import { OtherLanguageText } from '../translations/other-language-text';
import { useEnumLabels, useT } from '../ui-text';

export function RoleStep() {
  const workplace = useWatch<FormValues, 'job.workplace'>({ name: 'job.workplace' });
  const { countries } = useBuilderData();
  const t = useT();
  const labels = useEnumLabels();
  const countryChoices = useMemo(
    () => [{ value: '', label: t('role.chooseCountry') }, ...countries.map((c) => ({ value: c.code, label: c.name }))],
    [countries, t],
  );
  return (
    <div className="grid gap-5">
      <TextField name="job.title" label={t('role.jobTitle')} required hint={t('role.jobTitleHint')} />
      <OtherLanguageText field="job.title" label={t('role.jobTitle')} />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          name="job.seniority"
          label={t('role.seniority')}
          required
          choices={SENIORITIES.map((v) => ({ value: v, label: labels.seniority[v] }))}
        />
        <SelectField
          name="job.employmentType"
          label={t('role.employmentType')}
          required
          choices={EMPLOYMENT_TYPES.map((v) => ({ value: v, label: labels.employmentType[v] }))}
        />
      </div>
      <RadioCards
        name="job.workplace"
        legend={
          <>
            {t('role.workplace')} <span className="text-red-800">*</span>
          </>
        }
        legendClassName="text-sm font-medium text-slate-900"
        className="mt-2 flex flex-wrap gap-3"
        cardClassName="items-center px-3 py-2"
        choices={WORKPLACES.map((value) => ({ value, label: labels.workplace[value] }))}
      />
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-sm font-medium text-slate-900">
          {t('role.location')}{' '}
          {workplace === 'remote' ? (
            <span className="font-normal text-slate-600">{t('field.optionalRemote')}</span>
          ) : null}
        </legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField name="job.location.city" label={t('role.city')} autoComplete="address-level2" />
          <TextField
            name="job.location.region"
            label={t('role.region')}
            hint={t('role.regionHint')}
            autoComplete="address-level1"
          />
          <SelectField
            name="job.location.country"
            label={t('role.country')}
            required={workplace !== 'remote'}
            choices={countryChoices}
          />
        </div>
        <FieldError name="job.location" />
      </fieldset>
      <RemoteCountries />
      <TextField name="job.department" label={t('role.department')} hint={t('role.departmentHint')} />
      <OtherLanguageText field="job.department" label={t('role.department')} />
      <TextAreaField
        name="job.summary"
        label={t('role.summary')}
        rows={5}
        hint={t('role.summaryHint', { max: 2000 })}
      />
      <OtherLanguageText field="job.summary" label={t('role.summary')} />
    </div>
  );
}
