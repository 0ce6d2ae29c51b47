import type { ReviewComment } from '@/lib/shared/review/review-schema';
import { formatWhen } from './review-format';

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

/** The words around a comment: English on the reviewer's page, the builder's language in the builder. */
export interface CommentWords {
  when: (iso: string) => string;
  onVersion: (version: number) => string;
  older: string;
  resolved: string;
}

const ENGLISH: CommentWords = {
  when: (iso) => formatWhen(iso),
  onVersion: (version) => `on v${version}`,
  older: ' (an older version)',
  resolved: 'Resolved',
};

/**
 * One comment as the reviewer's page and the author's builder both show it: who, when, on which version,
 * whether resolved, the words it quotes and its body. Every value is plain text (React escapes it).
 */
export function CommentText({
  comment: c,
  latestVersion,
  words = ENGLISH,
}: {
  comment: ReviewComment;
  latestVersion: number | null;
  words?: CommentWords;
}) {
  return (
    <>
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-semibold text-ink">{c.author}</span>
        <span className="text-slate-600">
          <time dateTime={c.createdAt}>{words.when(c.createdAt)}</time> · {words.onVersion(c.version)}
          {latestVersion !== null && c.version < latestVersion ? words.older : ''}
        </span>
        {c.resolved ? <span className="font-medium text-green-800">{words.resolved}</span> : null}
      </p>
      {c.quote ? (
        <blockquote className="border-l-4 border-slate-300 pl-2 text-slate-700 italic">{c.quote}</blockquote>
      ) : null}
      <p className="whitespace-pre-line break-words">{c.body}</p>
    </>
  );
}
