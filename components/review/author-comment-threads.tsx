import { useMemo, useState } from 'react';
import { useT, useUiLocale, type MessageId } from '@/components/builder/ui-text';
import { Button } from '@/components/ui/button';
import type { CommentCounts, CommentPage } from '@/lib/shared/review/comment-paging';
import type { ReviewSection } from '@/lib/shared/review/review-schema';
import { SECTION_FIELDS } from '@/lib/shared/review/section-fields';
import { CommentText, type CommentWords } from './comment-thread';
import { formatWhen } from './review-format';
import type { SectionThreads } from './load-posting-review';

/**
 * The reviewers' comments on the sections a builder step edits, each thread by the field it concerns,
 * with Resolve / Reopen for the author. Each thread shows its latest comments; "Show earlier comments"
 * fetches the page before. Comment text is shown as text only.
 */
export function AuthorCommentThreads({
  sections,
  threads,
  counts,
  latestVersion,
  onResolve,
  onShowEarlier,
  onGoToField,
}: {
  sections: readonly ReviewSection[];
  threads: SectionThreads;
  counts: CommentCounts;
  latestVersion: number | null;
  onResolve: (commentId: string, resolved: boolean) => void;
  onShowEarlier: (section: ReviewSection) => Promise<void>;
  onGoToField?: (field: string) => void;
}) {
  const t = useT();
  const locale = useUiLocale();
  const words = useMemo<CommentWords>(
    () => ({
      when: (iso) => formatWhen(iso, locale),
      onVersion: (version) => t('comment.onVersion', { version }),
      older: t('verdicts.olderVersion'),
      resolved: t('comment.resolved'),
    }),
    [t, locale],
  );
  const heading = (section: ReviewSection) => t(`section.${section}` satisfies MessageId);
  const shown = sections
    .map((section) => ({ section, thread: threads[section], count: counts.sections[section] }))
    .filter((t): t is typeof t & { thread: CommentPage } => t.thread !== undefined && t.thread.comments.length > 0);
  if (shown.length === 0) return null;
  return (
    <section
      aria-labelledby="review-threads-heading"
      className="mb-5 grid gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3"
    >
      <h3 id="review-threads-heading" className="font-semibold">
        {t('threads.title')}
      </h3>
      {shown.map(({ section, thread, count }) => (
        <div key={section} className="grid gap-2" data-review-thread={section}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h4 className="text-sm font-semibold">
              {heading(section)}{' '}
              <span className="font-normal text-slate-700">
                {t('threads.openOf', { open: count.open, total: count.total })}
              </span>
            </h4>
            {onGoToField ? (
              <Button size="sm" variant="ghost" onClick={() => onGoToField(SECTION_FIELDS[section])}>
                {t('threads.goToField')}
                <span className="sr-only">: {heading(section)}</span>
              </Button>
            ) : null}
          </div>
          {thread.next ? (
            <EarlierButton
              heading={heading(section)}
              shown={thread.comments.length}
              total={count.total}
              onShowEarlier={() => onShowEarlier(section)}
            />
          ) : null}
          <ol className="grid gap-2">
            {thread.comments.map((c) => (
              <li
                key={c.id}
                className={`grid gap-1 rounded-md border bg-white px-3 py-2 text-sm ${c.resolved ? 'border-slate-200 text-slate-600' : 'border-amber-300'}`}
              >
                <CommentText comment={c} latestVersion={latestVersion} words={words} />
                <div>
                  <Button size="sm" onClick={() => onResolve(c.id, !c.resolved)}>
                    {c.resolved ? t('threads.reopen') : t('threads.resolve')}
                    <span className="sr-only"> {t('threads.commentBy', { author: c.author })}</span>
                  </Button>
                </div>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}

/** Above a thread whose earlier comments are not loaded: fetches the page before the ones shown. */
function EarlierButton({
  heading,
  shown,
  total,
  onShowEarlier,
}: {
  heading: string;
  shown: number;
  total: number;
  onShowEarlier: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const t = useT();
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
      <span>{t('threads.showing', { shown, total })}</span>
      {/* Not `disabled` while loading: that would drop keyboard focus from the button. */}
      <Button
        size="sm"
        aria-busy={busy}
        onClick={async () => {
          if (busy) return;
          setBusy(true);
          await onShowEarlier();
          setBusy(false);
        }}
      >
        {busy ? t('threads.loading') : t('threads.earlier')}
        <span className="sr-only"> {t('threads.earlierOn', { section: heading })}</span>
      </Button>
    </p>
  );
}
