import Link from 'next/link';

export type ReviewNoticeKind = 'not_found' | 'denied' | 'revoked' | 'expired';

const notices: Record<ReviewNoticeKind, { title: string; body: string }> = {
  not_found: {
    title: 'We can’t find this posting',
    body: 'The review link may be mistyped or incomplete. Ask the person who sent it for a new one.',
  },
  denied: {
    title: 'This review link does not work',
    body: 'It may be incomplete, or its owner turned review links off. Ask them for a new review link.',
  },
  revoked: {
    title: 'This posting is no longer shared',
    body: 'Its owner turned the share link off, and its comments and verdicts with it.',
  },
  expired: {
    title: 'This share link has expired',
    body: 'Links can be set to stop working after a date. Ask the owner for a fresh link.',
  },
};

/** A review link that is wrong (403), unknown (404), or whose posting was revoked or expired (410). */
export function ReviewNotice({ kind }: { kind: ReviewNoticeKind }) {
  const notice = notices[kind];
  return (
    <div className="mx-auto my-16 max-w-xl rounded-lg border border-slate-200 bg-white p-8 text-center">
      <h1 className="mb-2 text-2xl font-bold">{notice.title}</h1>
      <p className="text-slate-700">{notice.body}</p>
      <p className="mt-4">
        <Link prefetch={false} href="/" className="text-brand-700 underline">
          Go to Postwright
        </Link>
      </p>
    </div>
  );
}
