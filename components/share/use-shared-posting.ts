import { useState } from 'react';
import { markRevoked, rememberSharedPosting, setCurrentLink } from '@/lib/browser/storage/shared-postings';
import type { Draft } from '@/lib/shared/draft/draft-schema';
import { useBuilder } from '@/components/builder/builder-context';
import { useCurrentSharedPosting } from './current-posting';
import {
  createSharedPosting,
  fetchSharedPosting,
  revokeSharedPosting,
  updateSharedPosting,
  type ApiFailure,
} from './postings-api';

type ShareMessage = { tone: 'ok' | 'error'; text: string };
export type ShareConflict = { version: number; draft: Draft };

const DAY_MS = 86_400_000;

function expiryDate(days: string): string | null {
  return days ? new Date(Date.now() + Number(days) * DAY_MS).toISOString() : null;
}

function failureMessage(failure: ApiFailure, id: string): string {
  if (failure.code === 'gone') {
    markRevoked(id);
    return 'This link was revoked or has expired. Create a new share link.';
  }
  if (failure.code === 'forbidden' || failure.code === 'unauthorized')
    return 'The edit link used here is not valid for this posting.';
  return failure.message;
}

/** Share the builder's posting: create the link, save new versions, resolve an edit made elsewhere, stop sharing. */
export function useSharedPosting() {
  const { getDraft, loadDraft } = useBuilder();
  const record = useCurrentSharedPosting();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ShareMessage | null>(null);
  const [conflict, setConflict] = useState<ShareConflict | null>(null);

  function draftOrComplain(): Draft | null {
    const draft = getDraft();
    if (!draft) setMessage({ tone: 'error', text: 'Finish the required fields of every step before sharing.' });
    return draft;
  }

  async function create(expiryDays: string) {
    const draft = draftOrComplain();
    if (!draft) return;
    const expiresAt = expiryDate(expiryDays);
    setBusy(true);
    const result = await createSharedPosting(draft, expiresAt);
    setBusy(false);
    if (!result.ok) return setMessage({ tone: 'error', text: result.message });
    const now = new Date().toISOString();
    rememberSharedPosting({
      ...result.data,
      title: draft.job.title,
      company: draft.company.name,
      createdAt: now,
      updatedAt: now,
      expiresAt,
    });
    setCurrentLink(result.data.id);
    setMessage({ tone: 'ok', text: 'Share link created. Anyone with the view link can read the posting.' });
  }

  /** Saves the form as the next version after `baseVersion`; a newer version elsewhere becomes a conflict. */
  async function save(baseVersion: number) {
    if (!record) return;
    const draft = draftOrComplain();
    if (!draft) return;
    setBusy(true);
    const result = await updateSharedPosting(record.id, record.editToken, baseVersion, draft);
    if (result.ok) {
      setBusy(false);
      setConflict(null);
      rememberSharedPosting({
        ...record,
        version: result.data.version,
        title: draft.job.title,
        company: draft.company.name,
        updatedAt: new Date().toISOString(),
      });
      return setMessage({ tone: 'ok', text: `Saved as version ${result.data.version}. The view link shows it now.` });
    }
    if (result.code === 'precondition_failed') {
      const latest = await fetchSharedPosting(record.id);
      setBusy(false);
      if (!latest.ok) return setMessage({ tone: 'error', text: failureMessage(latest, record.id) });
      setConflict({ version: latest.data.version, draft: latest.data.draft });
      return setMessage(null);
    }
    setBusy(false);
    setMessage({ tone: 'error', text: failureMessage(result, record.id) });
  }

  function loadTheirs() {
    if (!record || !conflict) return;
    loadDraft(conflict.draft);
    rememberSharedPosting({ ...record, version: conflict.version });
    setConflict(null);
    setMessage({
      tone: 'ok',
      text: `Loaded version ${conflict.version}. Your previous text is kept as a backup in this browser.`,
    });
  }

  async function revoke() {
    if (!record || !window.confirm('Stop sharing? The view and edit links will stop working for everyone.')) return;
    setBusy(true);
    const result = await revokeSharedPosting(record.id, record.editToken);
    setBusy(false);
    if (result.ok || result.code === 'gone') {
      markRevoked(record.id);
      return setMessage({ tone: 'ok', text: 'Sharing stopped. The links now answer “no longer shared”.' });
    }
    setMessage({ tone: 'error', text: failureMessage(result, record.id) });
  }

  return { record, busy, message, conflict, create, save, loadTheirs, revoke };
}
