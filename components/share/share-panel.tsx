import { Panel } from '@/components/ui/panel';
import { useState } from 'react';
import type { SharedPostingRecord } from '@/lib/browser/storage/browser-storage';
import { Button, ButtonLink } from '@/components/ui/button';
import { LabelledSelect } from '@/components/ui/labelled-select';
import { LinkField } from '@/components/ui/link-field';
import { useT } from '@/components/builder/ui-text';
import { CopyButton } from './copy-button';
import { useSharedPosting, type ShareConflict } from './use-shared-posting';

const EXPIRY_DAYS = ['7', '30', '90'];

type SharedPosting = ReturnType<typeof useSharedPosting>;

/** Share the posting: a read-only view link for others, a private edit link for the author. */
export function SharePanel() {
  const share = useSharedPosting();
  const { record, busy, message, conflict } = share;
  const t = useT();
  return (
    <Panel id="share" title={t('share.title')}>
      {record ? (
        <SharedLinks record={record} share={share} />
      ) : (
        <CreateLink busy={busy} onCreate={(days) => void share.create(days)} />
      )}
      {conflict ? <ConflictNotice conflict={conflict} share={share} /> : null}
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
  const t = useT();
  return (
    <div className="mt-2 grid gap-3 text-sm">
      <p className="text-slate-700">{t('share.intro')}</p>
      <LabelledSelect
        id="share-expiry"
        label={t('share.expiry')}
        value={expiry}
        onChange={(e) => setExpiry(e.target.value)}
      >
        <option value="">{t('share.never')}</option>
        {EXPIRY_DAYS.map((days) => (
          <option key={days} value={days}>
            {t('share.inDays', { days: Number(days) })}
          </option>
        ))}
      </LabelledSelect>
      <div>
        <Button variant="primary" disabled={busy} onClick={() => onCreate(expiry)}>
          {t('share.create')}
        </Button>
      </div>
    </div>
  );
}

function SharedLinks({ record, share }: { record: SharedPostingRecord; share: SharedPosting }) {
  const { busy } = share;
  const t = useT();
  return (
    <div className="mt-2 grid gap-3 text-sm">
      <p className="text-slate-700">{t('share.sharedAs', { version: record.version })}</p>
      <LinkRow id="link-view-link" label={t('share.viewLink')} copy={t('share.copyView')} value={record.viewUrl} />
      <LinkRow
        id="link-edit-link-keep-it-private-"
        label={t('share.editLink')}
        copy={t('share.copyEdit')}
        value={record.editUrl}
      />
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" disabled={busy} onClick={() => void share.save(record.version)}>
          {t('share.save')}
        </Button>
        <ButtonLink href={record.viewUrl} target="_blank" rel="noopener">
          {t('share.openPreview')}
        </ButtonLink>
        <Button variant="danger" disabled={busy} onClick={() => void share.revoke()}>
          {t('share.stop')}
        </Button>
      </div>
    </div>
  );
}

function ConflictNotice({ conflict, share }: { conflict: ShareConflict; share: SharedPosting }) {
  const t = useT();
  return (
    <div role="alert" className="mt-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
      <p className="font-semibold">{t('share.conflict', { version: conflict.version })}</p>
      <p className="mt-1">{t('share.conflictChoice', { title: conflict.draft.job.title })}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button variant="primary" size="sm" disabled={share.busy} onClick={() => void share.save(conflict.version)}>
          {t('share.keepMine')}
        </Button>
        <Button size="sm" onClick={share.loadTheirs}>
          {t('share.loadTheirs')}
        </Button>
      </div>
    </div>
  );
}

function LinkRow({ id, label, copy, value }: { id: string; label: string; copy: string; value: string }) {
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
        <CopyButton text={value} label={copy} />
      </div>
    </div>
  );
}
