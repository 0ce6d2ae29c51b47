import Link from 'next/link';
export type JobNoticeKind = 'not_found' | 'gone';

export const jobNotices: Record<JobNoticeKind, { title: string; text: string }> = {
  not_found: {
    title: 'We can’t find this job',
    text: 'The address may be mistyped or incomplete. The open jobs are listed on the jobs page.',
  },
  gone: {
    title: 'This job is no longer open',
    text: 'The employer has closed or withdrawn it. Other open jobs are listed on the jobs page.',
  },
};

/** What /jobs/{id} shows for a job that never existed (404) or has closed or been taken down (410). */
export function JobNotice({ kind }: { kind: JobNoticeKind }) {
  const notice = jobNotices[kind];
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold tracking-tight">{notice.title}</h1>
      <p className="mt-3 text-slate-700">{notice.text}</p>
      <p className="mt-6">
        <Link prefetch={false} href="/jobs" className="font-medium text-brand-700 underline">
          See the open jobs
        </Link>
      </p>
    </div>
  );
}
