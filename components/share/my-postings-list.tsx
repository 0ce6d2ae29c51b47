import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { SharedPostingRecord } from '@/lib/browser/storage/browser-storage';
import { groupLanguageVersions } from '@/lib/browser/storage/language-groups';
import { forgetSharedPosting, listSharedPostings, markRevoked } from '@/lib/browser/storage/shared-postings';
import { onStorageChange } from '@/lib/browser/storage/storage-slot';
import { Button, ButtonLink } from '@/components/ui/button';
import { PostingReviewStatus } from '@/components/review/posting-review-status';
import { useSiteLocale, useSiteT } from '@/components/site-text/site-text';
import { CopyButton } from './copy-button';
import { PostingPublicationStatus } from './posting-publication-status';
import { revokeSharedPosting } from './postings-api';

function formatDate(iso: string, locale: string) {
  return new Date(iso).toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** The postings shared from this browser (the edit tokens live only here). */
export function MyPostingsList() {
  const [postings, setPostings] = useState<SharedPostingRecord[] | null>(null);
  const [status, setStatus] = useState('');
  const t = useSiteT();
  const locale = useSiteLocale();

  useEffect(() => {
    const sync = () => setPostings(listSharedPostings());
    sync();
    return onStorageChange(sync);
  }, []);

  async function revoke(posting: SharedPostingRecord) {
    if (!window.confirm(t('postings.confirmRevoke', { title: posting.title }))) return;
    const result = await revokeSharedPosting(posting.id, posting.editToken);
    if (result.ok || result.code === 'gone') {
      markRevoked(posting.id);
      setStatus(t('postings.revoked', { title: posting.title }));
    } else {
      setStatus(t('postings.revokeFailed', { message: result.message }));
    }
  }

  if (postings === null) return <p className="mt-6 text-slate-700">{t('postings.loading')}</p>;
  return (
    <>
      <p role="status" aria-live="polite" className="mt-4 text-sm text-slate-700">
        {status}
      </p>
      {postings.length === 0 ? (
        <div className="mt-4 rounded-lg border border-slate-200 bg-white p-6">
          <p>{t('postings.empty')}</p>
          <p className="mt-2">
            <Link prefetch={false} href="/build" className="font-semibold text-brand-700 underline">
              {t('postings.emptyBuild')}
            </Link>{' '}
            {t('postings.emptyThen')}
          </p>
        </div>
      ) : (
        <ul className="mt-4 grid gap-3">
          {groupLanguageVersions(postings).map((group) =>
            group.length > 1 ? (
              <li key={group[0]!.id} className="rounded-lg border border-slate-300 bg-slate-50 p-3">
                <h2 className="text-sm font-semibold text-slate-700">
                  {t('postings.group', {
                    count: group.length,
                    languages: group.map((p) => p.language ?? '?').join(', '),
                  })}
                </h2>
                <ul className="mt-2 grid gap-3">{group.map(card)}</ul>
              </li>
            ) : (
              card(group[0]!)
            ),
          )}
        </ul>
      )}
    </>
  );

  function card(posting: SharedPostingRecord) {
    return (
      <li key={posting.id} className="rounded-lg border border-slate-200 bg-white p-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold">
            <span lang={posting.language}>{posting.title}</span>{' '}
            <span className="font-normal text-slate-600">{t('postings.at', { company: posting.company })}</span>
            {posting.language ? (
              <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700 uppercase">
                {posting.language}
              </span>
            ) : null}
          </h2>
          <p className="text-sm text-slate-600">
            {posting.revoked ? t('postings.noLongerShared') : t('postings.version', { version: posting.version })}
            {' · '}
            {t('postings.updated', { date: formatDate(posting.updatedAt, locale) })}
            {posting.expiresAt && !posting.revoked
              ? ` · ${t('postings.expires', { date: formatDate(posting.expiresAt, locale) })}`
              : ''}
          </p>
        </div>
        <div className="mt-3 flex flex-wrap gap-2 text-sm">
          {posting.revoked ? (
            <Button size="sm" onClick={() => forgetSharedPosting(posting.id)}>
              {t('postings.remove')}
              <span className="sr-only">: {posting.title}</span>
            </Button>
          ) : (
            <>
              <ButtonLink size="sm" href={posting.viewUrl}>
                {t('postings.open')}
                <span className="sr-only"> {posting.title}</span>
              </ButtonLink>
              <ButtonLink size="sm" href={posting.editUrl}>
                {t('postings.edit')}
                <span className="sr-only"> {posting.title}</span>
              </ButtonLink>
              <CopyButton
                text={posting.viewUrl}
                label={t('postings.copyLink')}
                done={t('copy.done')}
                failed={t('copy.failed')}
                announced={t('copy.announced')}
              />
              <Button size="sm" variant="danger" onClick={() => void revoke(posting)}>
                {t('postings.revoke')}
                <span className="sr-only"> {posting.title}</span>
              </Button>
            </>
          )}
        </div>
        {posting.revoked ? null : (
          <>
            <div className="mt-3 border-t border-slate-200 pt-3 text-sm">
              <PostingPublicationStatus posting={posting} />
            </div>
            <PostingReviewStatus posting={posting} />
          </>
        )}
      </li>
    );
  }
}
