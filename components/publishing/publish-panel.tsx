import { Panel } from '@/components/ui/panel';
import { useEffect, useId, useRef, useState } from 'react';
import { ApprovalSetting } from '@/components/publishing/approval-setting';
import {
  fetchSharedPosting,
  publishSharedPosting,
  unpublishSharedPosting,
  type ApiFailure,
} from '@/components/share/postings-api';
import { useCurrentSharedPosting } from '@/components/share/current-posting';
import { Button } from '@/components/ui/button';
import { useT } from '@/components/builder/ui-text';
import type { ApprovalState } from '@/lib/shared/publishing/publish-contract';

/**
 * What the panel knows of the job page. `latest` is the posting's latest saved version: when it is newer than
 * the published one, publishing again moves the page on. `unknown`: the state could not be read.
 */
type State =
  | { kind: 'loading' | 'unknown' }
  | { kind: 'published'; url: string; version: number; latest: number }
  | { kind: 'unpublished'; justNow?: boolean };

/** Where the review of the latest saved version stands, and whether publishing waits for its approval. */
type Review = ApprovalState & { required: boolean; latest: number };

type Translate = ReturnType<typeof useT>;

function loadFailure(failure: ApiFailure, t: Translate): string {
  switch (failure.code) {
    case 'gone':
      return t('publish.gone');
    case 'forbidden':
    case 'unauthorized':
    case 'not_found':
      return t('publish.badLink');
    default:
      return t('publish.loadFailed', { reason: failure.message });
  }
}

/**
 * Why `version` is not the approved one, or null when it is: lib/shared/publishing/approval-words.ts's reasons (the
 * API's, in English) in the builder's language.
 */
function notApprovedReason(version: number, { approvedVersion, latestVerdict }: ApprovalState, t: Translate) {
  if (approvedVersion === version) return null;
  if (!latestVerdict) return t('publish.reason.noVerdict', { version });
  const { author, version: on } = latestVerdict;
  if (latestVerdict.verdict === 'approve') return t('publish.reason.approvedOn', { version, author, on });
  return on === version
    ? t('publish.reason.changes', { version, author })
    : t('publish.reason.changesOn', { version, author, on });
}

/**
 * Publish the saved posting as a public job page (and in the job-board feeds), or take it down. Publishing
 * needs a saved posting: it makes the latest saved version public.
 */
export function PublishPanel() {
  const shared = useCurrentSharedPosting();
  const t = useT();
  return (
    <Panel id="publish" title={t('publish.title')}>
      {shared ? (
        // One posting's state: another posting (an edit link opened here) starts afresh.
        <PublishControls key={shared.id} id={shared.id} token={shared.editToken} version={shared.version} />
      ) : (
        <p className="mt-1 text-sm text-slate-700">{t('publish.needsShare')}</p>
      )}
    </Panel>
  );
}

function PublishControls({ id, token, version }: { id: string; token: string; version: number }) {
  const t = useT();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const blockedId = useId();
  const confirmId = useId();
  // Whatever happened last wins: a read still on its way when the owner acts is dropped.
  const latestCall = useRef(0);

  // Read on mount, and again once a new version is saved here (it may be newer than the published one).
  useEffect(() => {
    const call = ++latestCall.current;
    void fetchSharedPosting(id, token).then((result) => {
      if (call !== latestCall.current) return;
      if (!result.ok) {
        setState({ kind: 'unknown' });
        return setError(loadFailure(result, t));
      }
      const { publication, version: latest, requireApproval, approval } = result.data;
      setError(null);
      setReview(requireApproval === undefined ? null : { required: requireApproval, latest, ...approval });
      // Absent: an answer without the owner's view (a server older than this page); claim nothing.
      if (publication === undefined) return setState({ kind: 'unknown' });
      setState(
        publication
          ? { kind: 'published', url: publication.publicUrl, version: publication.version, latest }
          : { kind: 'unpublished' },
      );
    });
  }, [id, token, version, t]);

  // Only the latest call's answer counts: an older one arriving late must not undo what the newer did.
  async function latestOnly<T>(request: () => Promise<T>): Promise<T | null> {
    const call = ++latestCall.current;
    setBusy(true);
    const result = await request();
    setBusy(false);
    return call === latestCall.current ? result : null;
  }

  async function publish() {
    const result = await latestOnly(() => publishSharedPosting(id, token));
    if (!result) return;
    if (!result.ok) return setError(result.issues?.[0]?.message ?? result.message);
    setError(null);
    const { publicUrl, version: published, approvedVersion, latestVerdict } = result.data;
    setState({ kind: 'published', url: publicUrl, version: published, latest: published });
    setReview((known) => known && { ...known, latest: published, approvedVersion, latestVerdict });
  }

  // The confirmation takes the focus, so a keyboard user hears the question and answers it next.
  useEffect(() => {
    if (confirming) confirmRef.current?.querySelector('button')?.focus();
  }, [confirming]);

  async function unpublish() {
    const result = await latestOnly(() => unpublishSharedPosting(id, token));
    if (!result) return;
    if (!result.ok) return setError(result.message);
    setError(null);
    setState({ kind: 'unpublished', justNow: true });
  }

  const published = state.kind === 'published' ? state : null;
  const newer = published !== null && published.latest > published.version;
  // While the state is being read, no action; when it cannot be read, both, as before the state was known.
  const canPublish = state.kind === 'unpublished' || state.kind === 'unknown' || newer;
  const canUnpublish = published !== null || state.kind === 'unknown';
  const reason = review ? notApprovedReason(review.latest, review, t) : null;
  // Required: no publishing until the latest version is approved. Not required: ask first, once a reviewer
  // has spoken and the latest version is not what they approved (a posting nobody reviewed publishes as before).
  const blocked = review?.required === true && reason !== null;
  const askFirst = review?.required === false && reason !== null && review.latestVerdict !== undefined;

  return (
    <>
      <p className="mt-1 text-sm text-slate-700">{t('publish.intro')}</p>
      {canPublish || canUnpublish ? (
        <div className="mt-3 flex flex-wrap gap-2">
          {canPublish ? (
            <Button
              variant="primary"
              onClick={askFirst ? () => setConfirming(true) : publish}
              disabled={busy || blocked || confirming}
              aria-describedby={blocked ? blockedId : undefined}
            >
              {published ? t('publish.publishLatest') : t('publish.publish')}
            </Button>
          ) : null}
          {canUnpublish ? (
            <Button variant="danger" onClick={unpublish} disabled={busy}>
              {t('publish.unpublish')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {canPublish && blocked ? (
        <p id={blockedId} className="mt-2 text-sm text-slate-700">
          {t('publish.blocked', { reason: reason ?? '' })}
        </p>
      ) : null}
      {confirming ? (
        <div
          ref={confirmRef}
          role="group"
          aria-labelledby={confirmId}
          className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3"
        >
          <p id={confirmId} className="text-sm text-slate-900">
            {t('publish.askFirst', { reason: reason ?? '' })}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button
              variant="primary"
              onClick={() => {
                setConfirming(false);
                void publish();
              }}
            >
              {t('publish.anyway')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('publish.cancel')}</Button>
          </div>
        </div>
      ) : null}
      {review ? (
        <ApprovalSetting
          id={id}
          token={token}
          required={review.required}
          onChange={(required) => setReview((known) => known && { ...known, required })}
        />
      ) : null}
      <div role="status" className="mt-2 text-sm">
        {state.kind === 'loading' ? <p className="text-slate-700">{t('publish.checking')}</p> : null}
        {published ? (
          <p>
            {t('publish.publishedAt', { version: published.version })}{' '}
            <a className="break-all text-brand-700 underline" href={published.url}>
              {published.url}
            </a>
            {newer ? t('publish.newer', { latest: published.latest }) : null}
          </p>
        ) : null}
        {state.kind === 'unpublished' ? (
          <p>{state.justNow ? t('publish.unpublishedNow') : t('publish.notPublished')}</p>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </>
  );
}
