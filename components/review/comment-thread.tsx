import type { ReviewComment } from '@/lib/review/review-schema';
import { CommentText } from './comment-text';

/** The comments on one section, oldest first. */
export function CommentThread({ comments, latestVersion }: { comments: ReviewComment[]; latestVersion: number }) {
  if (comments.length === 0) return null;
  return (
    <ol className="grid gap-2">
      {comments.map((c) => (
        <li
          key={c.id}
          className={`grid gap-1 rounded-md border px-3 py-2 text-sm ${c.resolved ? 'border-slate-200 bg-slate-50 text-slate-600' : 'border-amber-300 bg-amber-50'}`}
        >
          <CommentText comment={c} latestVersion={latestVersion} />
        </li>
      ))}
    </ol>
  );
}
