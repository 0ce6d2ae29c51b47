import { PageNotice } from '@/components/layout/page-notice';
export type JobNoticeKind = 'not_found' | 'gone';

export const jobNotices: Record<JobNoticeKind, { title: string; body: string }> = {
  not_found: {
    title: 'We can’t find this job',
    body: 'The address may be mistyped or incomplete. The open jobs are listed on the jobs page.',
  },
  gone: {
    title: 'This job is no longer open',
    body: 'The employer has closed or withdrawn it. Other open jobs are listed on the jobs page.',
  },
};

/** What /jobs/{id} shows for a job that never existed (404) or has closed or been taken down (410). */
export function JobNotice({ kind }: { kind: JobNoticeKind }) {
  return <PageNotice notice={jobNotices[kind]} link={{ href: '/jobs', label: 'See the open jobs' }} />;
}
