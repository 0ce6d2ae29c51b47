'use client';

import { useEffect, useState } from 'react';
import type { Draft } from '@/lib/draft/draft-schema';
import { CopyButton } from './copy-button';
import { createSharedPosting, fetchSharedPosting, revokeSharedPosting, updateSharedPosting } from './postings-api';
import {
  currentSharedPosting,
  DRAFT_BACKUP_KEY,
  LOAD_DRAFT_EVENT,
  markRevoked,
  onSharedPostingsChange,
  rememberSharedPosting,
  setCurrentLink,
  type SharedPostingRecord,
} from './share-storage';

const EXPIRY_CHOICES = [
  { value: '', label: 'Never' },
  { value: '7', label: 'In 7 days' },
  { value: '30', label: 'In 30 days' },
  { value: '90', label: 'In 90 days' },
];

type Conflict = { version: number; draft: Draft };

function expiryDate(days: string): string | null {
  if (!days) return null;
  return new Date(Date.now() + Number(days) * 86_400_000).toISOString();
}

/** Share: create the link, save new versions of it, resolve an edit made elsewhere, stop sharing. */
export function SharePanel({ getDraft }: { getDraft: () => Draft | null }) {
  const [record, setRecord] = useState<SharedPostingRecord | null>(null);
  const [expiry, setExpiry] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  useEffect(() => {
    const sync = () => setRecord(currentSharedPosting());
    sync();
    return onSharedPostingsChange(sync);
  }, []);

  function draftOrComplain(): Draft | null {
    const draft = getDraft();
    if (!draft) setMessage({ tone: 'error', text: 'Finish the required fields of every step before sharing.' });
    return draft;
  }

  async function create() {
    const draft = draftOrComplain();
    if (!draft) return;
    setBusy(true);
    const result = await createSharedPosting(draft, expiryDate(expiry));
    setBusy(false);
    if (!result.ok) return setMessage({ tone: 'error', text: result.message });
    const now = new Date().toISOString();
    rememberSharedPosting({
      ...result.data,
      title: draft.job.title,
      company: draft.company.name,
      createdAt: now,
      updatedAt: now,
      expiresAt: expiryDate(expiry),
    });
    setCurrentLink(result.data.id);
    setMessage({ tone: 'ok', text: 'Share link created. Anyone with the view link can read the posting.' });
  }

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
      if (latest.ok) {
        setConflict({ version: latest.data.version, draft: latest.data.draft });
        return setMessage(null);
      }
      return setMessage({ tone: 'error', text: latest.message });
    }
    setBusy(false);
    if (result.code === 'gone') {
      markRevoked(record.id);
      return setMessage({ tone: 'error', text: 'This link was revoked or has expired. Create a new share link.' });
    }
    if (result.code === 'forbidden' || result.code === 'unauthorized') {
      return setMessage({ tone: 'error', text: 'The edit link used here is not valid for this posting.' });
    }
    setMessage({ tone: 'error', text: result.message });
  }

  function useTheirs() {
    if (!record || !conflict) return;
    const mine = getDraft();
    // Nothing is lost: this browser keeps the text that was replaced.
    if (mine) window.localStorage.setItem(DRAFT_BACKUP_KEY, JSON.stringify(mine));
    window.dispatchEvent(new CustomEvent(LOAD_DRAFT_EVENT, { detail: conflict.draft }));
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
    setMessage({ tone: 'error', text: result.message });
  }

  return (
    <section aria-labelledby="share-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="share-title" className="text-base font-semibold">
        Share
      </h3>
      {record ? (
        <div className="mt-2 grid gap-3 text-sm">
          <p className="text-slate-700">
            Shared as version {record.version}. Anyone with the view link can read it; the edit link lets you (or a
            colleague you trust) change it.
          </p>
          <LinkRow label="View link" value={record.viewUrl} />
          <LinkRow label="Edit link (keep it private)" value={record.editUrl} />
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              disabled={busy}
              onClick={() => void save(record.version)}
              className="rounded-md bg-brand-600 px-3 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
            >
              Save changes to the shared posting
            </button>
            <a
              href={record.viewUrl}
              target="_blank"
              rel="noopener"
              className="rounded-md border border-slate-300 px-3 py-2 font-medium hover:border-brand-600"
            >
              Open preview
            </a>
            <button
              type="button"
              disabled={busy}
              onClick={() => void revoke()}
              className="rounded-md border border-red-300 px-3 py-2 font-medium text-red-800 hover:border-red-600"
            >
              Stop sharing
            </button>
          </div>
        </div>
      ) : (
        <div className="mt-2 grid gap-3 text-sm">
          <p className="text-slate-700">
            Create a read-only preview link for a hiring manager, and a private edit link for you.
          </p>
          <div>
            <label htmlFor="share-expiry" className="block font-medium">
              Link stops working
            </label>
            <select
              id="share-expiry"
              value={expiry}
              onChange={(e) => setExpiry(e.target.value)}
              className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2"
            >
              {EXPIRY_CHOICES.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button
              type="button"
              disabled={busy}
              onClick={() => void create()}
              className="rounded-md bg-brand-600 px-3 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
            >
              Create share link
            </button>
          </div>
        </div>
      )}
      {conflict ? (
        <div role="alert" className="mt-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
          <p className="font-semibold">This posting was changed elsewhere (now version {conflict.version}).</p>
          <p className="mt-1">
            Their title: “{conflict.draft.job.title}”. Keep your text (theirs stays in the version history), or load
            theirs (yours is kept as a backup in this browser).
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              disabled={busy}
              onClick={() => void save(conflict.version)}
              className="rounded-md bg-brand-600 px-3 py-1.5 font-semibold text-white"
            >
              Keep mine and save
            </button>
            <button
              type="button"
              onClick={useTheirs}
              className="rounded-md border border-slate-400 bg-white px-3 py-1.5 font-medium"
            >
              Load theirs
            </button>
          </div>
        </div>
      ) : null}
      <p
        role="status"
        aria-live="polite"
        className={`mt-3 text-sm ${message?.tone === 'error' ? 'text-red-800' : 'text-green-800'}`}
      >
        {message?.text ?? ''}
      </p>
    </section>
  );
}

function LinkRow({ label, value }: { label: string; value: string }) {
  const id = `link-${label.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id={id}
          readOnly
          value={value}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-xs"
        />
        <CopyButton text={value} label={`Copy ${label.split(' ')[0]!.toLowerCase()} link`} />
      </div>
    </div>
  );
}
