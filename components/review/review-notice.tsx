import { PageNotice } from '@/components/layout/page-notice';

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
  return <PageNotice notice={notices[kind]} />;
}
