import { useId, useState, type ChangeEvent } from 'react';
import { useWatch } from 'react-hook-form';
import { useBuilder } from '@/components/builder/builder-context';
import { callApi } from '@/components/share/api-client';
import { useCurrentSharedPosting } from '@/components/share/current-posting';
import { Button } from '@/components/ui/button';
import { useT } from '../ui-text';
import {
  LOGO_MAX_BYTES,
  logoPaths,
  UPLOADED_LOGO_PATH,
  uploadedLogoSchema,
} from '@/lib/shared/publishing/logo-contract';

const ACCEPT = 'image/png,image/jpeg,image/webp,image/gif';
const LOGO_FIELD = 'company.logoUrl';

/**
 * The company logo as a file: sent to the server (which checks it and writes it anew), whose answer becomes
 * the logo address. An upload belongs to a saved posting, so it waits for a share link; until then the
 * address field above takes an image on the employer's own site.
 */
export function LogoUpload() {
  const { form, setValue } = useBuilder();
  const logoUrl = useWatch({ control: form.control, name: LOGO_FIELD }) as string;
  const shared = useCurrentSharedPosting();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const inputId = useId();
  const t = useT();
  const hintId = useId();

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file || !shared) return;
    if (file.size > LOGO_MAX_BYTES) {
      setMessage({ tone: 'error', text: t('logo.tooLarge') });
      input.value = '';
      return;
    }
    setBusy(true);
    setMessage(null);
    const result = await callApi(uploadedLogoSchema, logoPaths.upload(shared.id), {
      method: 'PUT',
      headers: { Authorization: `Bearer ${shared.editToken}`, 'Content-Type': file.type || 'application/octet-stream' },
      body: file,
    });
    setBusy(false);
    input.value = '';
    if (!result.ok) {
      setMessage({ tone: 'error', text: result.message });
      return;
    }
    setValue(LOGO_FIELD, result.data.logoUrl);
    setMessage({
      tone: 'ok',
      text: t('logo.uploaded', { width: result.data.width, height: result.data.height }),
    });
  }

  function remove() {
    setValue(LOGO_FIELD, '');
    setMessage({ tone: 'ok', text: t('logo.removed') });
  }

  return (
    <div className="grid gap-2">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
        {t('logo.upload')} <span className="font-normal text-slate-600">{t('field.optional')}</span>
      </label>
      <input
        id={inputId}
        type="file"
        accept={ACCEPT}
        disabled={!shared || busy}
        aria-describedby={hintId}
        onChange={(event) => void upload(event)}
        className="block w-full text-sm text-slate-900 file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:font-medium"
      />
      <p id={hintId} className="text-sm text-slate-600">
        {shared ? t('logo.hintShared') : t('logo.hintUnshared')}
      </p>
      {/* Only an uploaded logo is previewed: the builder's policy loads no image from other sites. */}
      {logoUrl && UPLOADED_LOGO_PATH.test(logoUrl) ? (
        <div className="flex flex-wrap items-center gap-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- a stored file of ours, already at its size */}
          <img
            src={logoUrl}
            alt={t('logo.alt')}
            referrerPolicy="no-referrer"
            className="h-12 w-auto max-w-40 rounded border border-slate-300 bg-white object-contain p-1"
          />
          <Button type="button" size="sm" variant="danger" onClick={remove}>
            {t('logo.remove')}
          </Button>
        </div>
      ) : null}
      <p
        role="status"
        className={message?.tone === 'error' ? 'text-sm font-medium text-red-800' : 'text-sm text-slate-700'}
      >
        {message?.text ?? ''}
      </p>
    </div>
  );
}
