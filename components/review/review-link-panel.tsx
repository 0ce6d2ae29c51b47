import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { LinkField } from '@/components/ui/link-field';
import { createReviewLink, revokeReviewLinks } from './review-client';
import { savedReviewUrl, saveReviewUrl } from './review-link-storage';

/** The panel's words: the builder and My postings each give theirs, from the same keys of their catalogs. */
export interface ReviewLinkWords {
  label: string;
  labelFor: (title: string) => string;
  create: string;
  copy: string;
  renew: string;
  turnOff: string;
  created: string;
  createFailed: (message: string) => string;
  confirmTurnOff: string;
  turnedOff: string;
  turnOffFailed: (message: string) => string;
  copied: string;
  copyBlocked: string;
}

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

/** The panel's words from a catalog that has the `reviewLink.*` keys (the builder's and the site's both do). */
export function reviewLinkWords(t: (id: ReviewLinkKey, values?: Record<string, string>) => string): ReviewLinkWords {
  return {
    label: t('reviewLink.label'),
    labelFor: (title) => t('reviewLink.for', { title }),
    create: t('reviewLink.create'),
    copy: t('reviewLink.copy'),
    renew: t('reviewLink.renew'),
    turnOff: t('reviewLink.turnOff'),
    created: t('reviewLink.created'),
    createFailed: (message) => t('reviewLink.createFailed', { message }),
    confirmTurnOff: t('reviewLink.confirmTurnOff'),
    turnedOff: t('reviewLink.turnedOff'),
    turnOffFailed: (message) => t('reviewLink.turnOffFailed', { message }),
    copied: t('reviewLink.copied'),
    copyBlocked: t('reviewLink.copyBlocked'),
  };
}

/**
 * Invite reviewers: a review link lets them read, comment and give a verdict, never edit. The edit token
 * stays in this browser; the review link carries a token of its own.
 */
export function ReviewLinkPanel({
  posting,
  words,
}: {
  posting: { id: string; editToken: string; title?: string };
  words: ReviewLinkWords;
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
    if (!result.ok) return setMessage(words.createFailed(result.message));
    saveReviewUrl(posting.id, result.data.reviewUrl);
    setUrl(result.data.reviewUrl);
    setMessage(words.created);
  }

  async function revoke() {
    if (!window.confirm(words.confirmTurnOff)) return;
    setBusy(true);
    const result = await revokeReviewLinks(posting.id, posting.editToken);
    setBusy(false);
    if (!result.ok) return setMessage(words.turnOffFailed(result.message));
    saveReviewUrl(posting.id, null);
    setUrl(null);
    setMessage(words.turnedOff);
  }

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setMessage(words.copied);
    } catch {
      setMessage(words.copyBlocked);
    }
  }

  const fieldId = `review-url-${posting.id}`;
  return (
    <div className="grid gap-2">
      {url ? (
        <>
          <label htmlFor={fieldId} className="text-sm font-medium">
            {words.label}
            {posting.title ? <span className="sr-only"> {words.labelFor(posting.title)}</span> : null}
          </label>
          <LinkField
            id={fieldId}
            value={url}
            className="w-full rounded-md border border-slate-400 bg-slate-50 px-3 py-2 text-sm"
          />
          <div className="flex flex-wrap gap-2">
            <Button size="sm" onClick={() => void copy()}>
              {words.copy}
            </Button>
            <Button size="sm" onClick={() => void create()} disabled={busy}>
              {words.renew}
            </Button>
            <Button size="sm" variant="danger" onClick={() => void revoke()} disabled={busy}>
              {words.turnOff}
            </Button>
          </div>
        </>
      ) : (
        <div>
          <Button size="sm" variant="primary" onClick={() => void create()} disabled={busy}>
            {words.create}
            <span className="sr-only">{posting.title ? ` ${words.labelFor(posting.title)}` : ''}</span>
          </Button>
        </div>
      )}
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {message}
      </p>
    </div>
  );
}
