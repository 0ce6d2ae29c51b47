'use client';

import { Panel } from '@/components/ui/panel';
import { useState } from 'react';
import type { SharedPostingRecord } from '@/lib/browser-storage/browser-storage';
import { Button, ButtonLink } from '@/components/ui/button';
import { LabelledSelect } from '@/components/ui/labelled-select';
import { LinkField } from '@/components/ui/link-field';
import { CopyButton } from './copy-button';
import { useSharedPosting, type ShareConflict } from './use-shared-posting';

const EXPIRY_CHOICES = [
  { value: '', label: 'Never' },
  { value: '7', label: 'In 7 days' },
  { value: '30', label: 'In 30 days' },
  { value: '90', label: 'In 90 days' },
];

/** Share the posting: a read-only view link for others, a private edit link for the author. */
export function SharePanel() {
  const share = useSharedPosting();
  const { record, busy, message, conflict } = share;
  return (
    <Panel id="share" title="Share">
      {record ? (
        <SharedLinks
          record={record}
          busy={busy}
          onSave={() => void share.save(record.version)}
          onRevoke={() => void share.revoke()}
        />
      ) : (
        <CreateLink busy={busy} onCreate={(days) => void share.create(days)} />
      )}
      {conflict ? (
        <ConflictNotice
          conflict={conflict}
          busy={busy}
          onKeepMine={() => void share.save(conflict.version)}
          onLoadTheirs={share.loadTheirs}
        />
      ) : null}
      <p
        role="status"
        aria-live="polite"
        className={`mt-3 text-sm ${message?.tone === 'error' ? 'text-red-800' : 'text-green-800'}`}
      >
        {message?.text ?? ''}
      </p>
    </Panel>
  );
}

function CreateLink({ busy, onCreate }: { busy: boolean; onCreate: (expiryDays: string) => void }) {
  const [expiry, setExpiry] = useState('');
  return (
    <div className="mt-2 grid gap-3 text-sm">
      <p className="text-slate-700">
        Start here: a share link saves this version on the server, which review and publishing below need. You get a
        read-only preview link for a hiring manager, and a private edit link for you.
      </p>
      <LabelledSelect
        id="share-expiry"
        label="Link stops working"
        value={expiry}
        onChange={(e) => setExpiry(e.target.value)}
      >
        {EXPIRY_CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </LabelledSelect>
      <div>
        <Button variant="primary" disabled={busy} onClick={() => onCreate(expiry)}>
          Create share link
        </Button>
      </div>
    </div>
  );
}

function SharedLinks({
  record,
  busy,
  onSave,
  onRevoke,
}: {
  record: SharedPostingRecord;
  busy: boolean;
  onSave: () => void;
  onRevoke: () => void;
}) {
  return (
    <div className="mt-2 grid gap-3 text-sm">
      <p className="text-slate-700">
        Shared as version {record.version}. Anyone with the view link can read it; the edit link lets you (or a
        colleague you trust) change it.
      </p>
      <LinkRow label="View link" value={record.viewUrl} />
      <LinkRow label="Edit link (keep it private)" value={record.editUrl} />
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" disabled={busy} onClick={onSave}>
          Save changes to the shared posting
        </Button>
        <ButtonLink href={record.viewUrl} target="_blank" rel="noopener">
          Open preview
        </ButtonLink>
        <Button variant="danger" disabled={busy} onClick={onRevoke}>
          Stop sharing
        </Button>
      </div>
    </div>
  );
}

function ConflictNotice({
  conflict,
  busy,
  onKeepMine,
  onLoadTheirs,
}: {
  conflict: ShareConflict;
  busy: boolean;
  onKeepMine: () => void;
  onLoadTheirs: () => void;
}) {
  return (
    <div role="alert" className="mt-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
      <p className="font-semibold">This posting was changed elsewhere (now version {conflict.version}).</p>
      <p className="mt-1">
        Their title: “{conflict.draft.job.title}”. Keep your text (theirs stays in the version history), or load theirs
        (yours is kept as a backup in this browser).
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button variant="primary" size="sm" disabled={busy} onClick={onKeepMine}>
          Keep mine and save
        </Button>
        <Button size="sm" onClick={onLoadTheirs}>
          Load theirs
        </Button>
      </div>
    </div>
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
        <LinkField
          id={id}
          value={value}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-xs"
        />
        <CopyButton text={value} label={`Copy ${label.split(' ')[0]!.toLowerCase()} link`} />
      </div>
    </div>
  );
}
