import { TextAreaField, TextField } from '@/components/ui/form-field';
import { LogoUpload } from './logo-upload';
import { OtherLanguageText } from '../translations/other-language-text';
import { useT } from '../ui-text';

export function CompanyStep() {
  const t = useT();
  return (
    <div className="grid gap-5">
      <TextField name="company.name" label={t('company.name')} required autoComplete="organization" />
      <TextAreaField name="company.about" label={t('company.about')} rows={6} hint={t('company.aboutHint')} />
      <OtherLanguageText field="company.about" label={t('company.about')} />
      <UrlField name="company.website" label={t('company.website')} hint={t('company.websiteHint')} />
      <UrlField name="company.logoUrl" label={t('company.logoUrl')} hint={t('company.logoUrlHint')} />
      <LogoUpload />
      <TextField
        name="company.accentColor"
        label={t('company.accentColor')}
        hint={t('company.accentColorHint')}
        autoComplete="off"
      />
    </div>
  );
}

function UrlField({ name, label, hint }: { name: 'company.website' | 'company.logoUrl'; label: string; hint: string }) {
  return <TextField name={name} label={label} type="url" inputMode="url" hint={hint} />;
}
