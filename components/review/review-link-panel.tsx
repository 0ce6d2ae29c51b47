import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { LinkField } from '@/components/ui/link-field';
import { createReviewLink, revokeReviewLinks } from './review-client';
import { savedReviewUrl, saveReviewUrl } from './review-link-storage';

type ReviewLinkKey =
  | 'reviewLink.label'
  | 'reviewLink.for'
  | 'reviewLink.create'
  | 'reviewLink.copy'
  | 'reviewLink.renew'
  | 'reviewLink.turnOff'
  | 'reviewLink.created'
  | 'reviewLink.createFailed'
  | 'reviewLink.confirmTurnOff'
  | 'reviewLink.turnedOff'
  | 'reviewLink.turnOffFailed'
  | 'reviewLink.copied'
  | 'reviewLink.copyBlocked';

/** The panel's words: the builder and My postings each pass their translator; both catalogs have these keys. */
export type ReviewLinkTranslate = (id: ReviewLinkKey, values?: Record<string, string>) => string;

/**
 * Invite reviewers: a review link lets them read, comment and give a verdict, never edit. The edit token
 * stays in this browser; the review link carries a token of its own.
 */
export function ReviewLinkPanel({
  posting,
  t,
}: {
  posting: { id: string; editToken: string; title?: string };
  t: ReviewLinkTranslate;
}) {
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // localStorage is only readable after mount.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setUrl(savedReviewUrl(posting.id));
  }, [posting.id]);

  async function create() {
    setBusy(true);
    const result = await createReviewLink(posting.id, posting.editToken);
    setBusy(false);
    if (!result.ok) return setMessage(t('reviewLink.createFailed', { message: result.message }));
    saveReviewUrl(posting.id, result.data.reviewUrl);
    setUrl(result.data.reviewUrl);
    setMessage(t('reviewLink.created'));
  }

  async function revoke() {
    if (!window.confirm(t('reviewLink.confirmTurnOff'))) return;
    setBusy(true);
    const result = await revokeReviewLinks(posting.id, posting.editToken);
    setBusy(false);
    if (!result.ok) return setMessage(t('reviewLink.turnOffFailed', { message: result.message }));
    saveReviewUrl(posting.id, null);
    setUrl(null);
    setMessage(t('reviewLink.turnedOff'));
  }

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t('reviewLink.copied'));
    } catch {
      setMessage(t('reviewLink.copyBlocked'));
    }
  }

  const fieldId = `review-url-${posting.id}`;
  return (
    <div className="grid gap-2">
      {url ? (
        <>
          <label htmlFor={fieldId} className="text-sm font-medium">
            {t('reviewLink.label')}
            {posting.title ? <span className="sr-only"> {t('reviewLink.for', { title: posting.title })}</span> : null}
          </label>
          <LinkField
            id={fieldId}
            value={url}
            className="w-full rounded-md border border-slate-400 bg-slate-50 px-3 py-2 text-sm"
          />
          <div className="flex flex-wrap gap-2">
            <Button size="sm" onClick={() => void copy()}>
              {t('reviewLink.copy')}
            </Button>
            <Button size="sm" onClick={() => void create()} disabled={busy}>
              {t('reviewLink.renew')}
            </Button>
            <Button size="sm" variant="danger" onClick={() => void revoke()} disabled={busy}>
              {t('reviewLink.turnOff')}
            </Button>
          </div>
        </>
      ) : (
        <div>
          <Button size="sm" variant="primary" onClick={() => void create()} disabled={busy}>
            {t('reviewLink.create')}
            <span className="sr-only">{posting.title ? ` ${t('reviewLink.for', { title: posting.title })}` : ''}</span>
          </Button>
        </div>
      )}
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {message}
      </p>
    </div>
  );
}
