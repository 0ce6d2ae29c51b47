'use client';

import { Button } from '@/components/ui/button';
import { SECTION_HEADINGS, type ReviewComment, type ReviewSection } from '@/lib/review/review-schema';
import { SECTION_FIELDS } from '@/lib/review/section-fields';
import { CommentText } from './comment-thread';

/**
 * The reviewers' comments on the sections a builder step edits, each thread by the field it concerns,
 * with Resolve / Reopen for the author. Comment text is shown as text only.
 */
export function AuthorCommentThreads({
  sections,
  comments,
  latestVersion,
  onResolve,
  onGoToField,
}: {
  sections: readonly ReviewSection[];
  comments: ReviewComment[];
  latestVersion: number | null;
  onResolve: (commentId: string, resolved: boolean) => void;
  onGoToField?: (field: string) => void;
}) {
  const threads = sections
    .map((section) => ({ section, comments: comments.filter((c) => c.section === section) }))
    .filter((t) => t.comments.length > 0);
  if (threads.length === 0) return null;
  return (
    <section
      aria-labelledby="review-threads-heading"
      className="mb-5 grid gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3"
    >
      <h3 id="review-threads-heading" className="font-semibold">
        Reviewers’ comments on this step
      </h3>
      {threads.map((thread) => (
        <div key={thread.section} className="grid gap-2" data-review-thread={thread.section}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h4 className="text-sm font-semibold">{SECTION_HEADINGS[thread.section]}</h4>
            {onGoToField ? (
              <Button size="sm" variant="ghost" onClick={() => onGoToField(SECTION_FIELDS[thread.section])}>
                Go to the field<span className="sr-only">: {SECTION_HEADINGS[thread.section]}</span>
              </Button>
            ) : null}
          </div>
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
