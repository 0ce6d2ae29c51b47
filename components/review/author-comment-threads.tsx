'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { CommentCounts, CommentPage } from '@/lib/review/comment-paging';
import { SECTION_HEADINGS, type ReviewSection } from '@/lib/review/review-schema';
import { SECTION_FIELDS } from '@/lib/review/section-fields';
import { CommentText } from './comment-thread';
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
        Reviewers’ comments on this step
      </h3>
      {shown.map(({ section, thread, count }) => (
        <div key={section} className="grid gap-2" data-review-thread={section}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h4 className="text-sm font-semibold">
              {SECTION_HEADINGS[section]}{' '}
              <span className="font-normal text-slate-700">
                ({count.open} open of {count.total})
              </span>
            </h4>
            {onGoToField ? (
              <Button size="sm" variant="ghost" onClick={() => onGoToField(SECTION_FIELDS[section])}>
                Go to the field<span className="sr-only">: {SECTION_HEADINGS[section]}</span>
              </Button>
            ) : null}
          </div>
          {thread.next ? (
            <EarlierButton
              heading={SECTION_HEADINGS[section]}
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
                <CommentText comment={c} latestVersion={latestVersion} />
                <div>
                  <Button size="sm" onClick={() => onResolve(c.id, !c.resolved)}>
                    {c.resolved ? 'Reopen' : 'Resolve'}
                    <span className="sr-only"> the comment by {c.author}</span>
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
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
      <span>
        Showing the latest {shown} of {total}.
      </span>
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
        {busy ? 'Loading…' : 'Show earlier comments'}
        <span className="sr-only"> on {heading}</span>
      </Button>
    </p>
  );
}
