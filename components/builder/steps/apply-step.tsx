import { TextField } from '@/components/ui/form-field';
import { useT } from '../ui-text';

export function ApplyStep() {
  const t = useT();
  return (
    <div className="grid gap-5">
      <p className="text-sm text-slate-700">{t('apply.intro')}</p>
      <TextField name="apply.url" label={t('apply.url')} type="url" inputMode="url" hint={t('apply.urlHint')} />
      <TextField name="apply.email" label={t('apply.email')} type="email" inputMode="email" autoComplete="email" />
      <TextField
        name="apply.closingDate"
        label={t('apply.closingDate')}
        type="date"
        hint={t('apply.closingDateHint')}
      />
    </div>
  );
}
