import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { LinkField } from '@/components/ui/link-field';
import { createReviewLink, revokeReviewLinks } from './review-client';
import { savedReviewUrl, saveReviewUrl } from './review-link-storage';

/**
 * Invite reviewers: a review link lets them read, comment and give a verdict, never edit. The edit token
 * stays in this browser; the review link carries a token of its own.
 */
export function ReviewLinkPanel({ posting }: { posting: { id: string; editToken: string; title?: string } }) {
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
    if (!result.ok) return setMessage(`Could not create a review link: ${result.message}`);
    saveReviewUrl(posting.id, result.data.reviewUrl);
    setUrl(result.data.reviewUrl);
    setMessage('Review link created. Send it to the people who should comment or approve.');
  }

  async function revoke() {
    if (!window.confirm('Turn off every review link of this posting? Reviewers will no longer be able to comment.'))
      return;
    setBusy(true);
    const result = await revokeReviewLinks(posting.id, posting.editToken);
    setBusy(false);
    if (!result.ok) return setMessage(`Could not turn the review links off: ${result.message}`);
    saveReviewUrl(posting.id, null);
    setUrl(null);
    setMessage('Review links turned off. Comments and verdicts so far are kept.');
  }

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Review link copied.');
    } catch {
      setMessage('Copying is blocked here: select the link and copy it.');
    }
  }

  const fieldId = `review-url-${posting.id}`;
  return (
    <div className="grid gap-2">
      {url ? (
        <>
          <label htmlFor={fieldId} className="text-sm font-medium">
            Review link{posting.title ? <span className="sr-only"> for {posting.title}</span> : null}
          </label>
          <LinkField
            id={fieldId}
            value={url}
            className="w-full rounded-md border border-slate-400 bg-slate-50 px-3 py-2 text-sm"
          />
          <div className="flex flex-wrap gap-2">
            <Button size="sm" onClick={() => void copy()}>
              Copy review link
            </Button>
            <Button size="sm" onClick={() => void create()} disabled={busy}>
              New review link
            </Button>
            <Button size="sm" variant="danger" onClick={() => void revoke()} disabled={busy}>
              Turn off review links
            </Button>
          </div>
        </>
      ) : (
        <div>
          <Button size="sm" variant="primary" onClick={() => void create()} disabled={busy}>
            Create review link<span className="sr-only">{posting.title ? ` for ${posting.title}` : ''}</span>
          </Button>
        </div>
      )}
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {message}
      </p>
    </div>
  );
}
