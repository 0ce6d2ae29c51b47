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
      <TextField
        name="company.website"
        label={t('company.website')}
        type="url"
        inputMode="url"
        hint={t('company.websiteHint')}
      />
      <TextField
        name="company.logoUrl"
        label={t('company.logoUrl')}
        type="url"
        inputMode="url"
        hint={t('company.logoUrlHint')}
      />
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
