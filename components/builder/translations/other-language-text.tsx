import type { Draft } from '@/lib/shared/draft/draft-schema';
import { useT, useUiLocale } from '../ui-text';
import { languageName } from './language-name';
import { useLanguageVersions } from './use-language-versions';

/** The text fields a language version has of its own, and how to read each from a draft. */
const TEXT_FIELDS = {
  'job.title': (d: Draft) => d.job.title,
  'job.department': (d: Draft) => d.job.department,
  'job.summary': (d: Draft) => d.job.summary,
  'company.about': (d: Draft) => d.company.about,
  responsibilities: (d: Draft) => d.responsibilities,
  qualifications: (d: Draft) => d.qualifications,
  benefits: (d: Draft) => d.benefits,
} satisfies Record<string, (d: Draft) => string | string[] | undefined>;

export type TranslatedField = keyof typeof TEXT_FIELDS;

/**
 * Beside a text field: the same field in each other language version, read-only and folded away until
 * asked for, so the author translates with the other text in view. Nothing when there is no other version.
 */
export function OtherLanguageText({
  field,
  label,
  className = '',
}: {
  field: TranslatedField;
  label: string;
  className?: string;
}) {
  const { others } = useLanguageVersions();
  const t = useT();
  const locale = useUiLocale();
  if (others.length === 0) return null;
  return (
    <div className={`grid gap-1 ${className}`}>
      {others.map(({ language, id, draft }) => {
        const value = TEXT_FIELDS[field](draft);
        const empty = value === undefined || value.length === 0;
        return (
          <details key={id} className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
            <summary className="cursor-pointer font-medium text-slate-700">
              {t('versions.fieldIn', { field: label, language: languageName(language, locale) })}
            </summary>
            {empty ? (
              <p className="mt-1 text-slate-600 italic">
                {t('versions.emptyIn', { language: languageName(language, locale) })}
              </p>
            ) : Array.isArray(value) ? (
              <ul lang={language} className="mt-1 list-disc pl-5">
                {value.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            ) : (
              <p lang={language} className="mt-1 whitespace-pre-line">
                {value}
              </p>
            )}
          </details>
        );
      })}
    </div>
  );
}
