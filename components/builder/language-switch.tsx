import { buttonClasses } from '@/components/ui/button';
import { LANGUAGES as UI_LOCALES } from '@/lib/shared/draft/draft-schema';
import type { UiLocale } from '@/lib/shared/ui-locale/ui-locale';
import { useT, useUiLocale } from './ui-text';

/** Each language by its own name, marked as that language: a reader looks for the name they know. */
const OWN_NAMES: Record<UiLocale, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  nl: 'Nederlands',
};

/** The builder's language switch, in the builder's words. */
export function LanguageSwitch({ action }: { action: string }) {
  const t = useT();
  return (
    <LanguageSwitchForm action={action} locale={useUiLocale()} label={t('switch.label')} submit={t('switch.submit')} />
  );
}

/**
 * The language switch of the employer's pages: a GET form to the page itself (`?lang=`), which the server
 * remembers in a cookie and answers with a redirect back. Works the same with or without script. Its two
 * words come from the page's own messages (the builder's, or My postings' and Import's).
 */
export function LanguageSwitchForm({
  action,
  locale,
  label,
  submit,
}: {
  action: string;
  locale: UiLocale;
  label: string;
  submit: string;
}) {
  return (
    <form method="get" action={action} className="no-print flex flex-wrap items-end gap-2 text-sm">
      <div>
        <label htmlFor="ui-language" className="block font-medium text-slate-800">
          {label}
        </label>
        <select
          id="ui-language"
          name="lang"
          defaultValue={locale}
          className="mt-1 rounded-md border border-slate-400 bg-white px-2 py-1.5"
        >
          {UI_LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {OWN_NAMES[code]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClasses({ size: 'sm', className: 'py-1.5' })}>
        {submit}
      </button>
    </form>
  );
}
