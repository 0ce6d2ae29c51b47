import { LanguageSwitchForm } from '@/components/builder/language-switch';
import { useSiteLocale, useSiteT } from './site-text';

/** The builder's language switch (same form, same cookie), in the words of the page it sits on. */
export function SiteLanguageSwitch({ action }: { action: string }) {
  const t = useSiteT();
  return (
    <LanguageSwitchForm
      action={action}
      locale={useSiteLocale()}
      label={t('switch.label')}
      submit={t('switch.submit')}
    />
  );
}
