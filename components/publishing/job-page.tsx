import Link from 'next/link';
import { PostingBody } from '@/components/posting/posting-body';
import type { JobPageView } from '@/lib/publishing/job-page';
import { JobFacts } from './job-facts';

/** The public job page: the posting as every export renders it, and its key facts beside it. */
export function JobPage({ view }: { view: JobPageView }) {
  return (
    <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <article className="min-w-0 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
        <PostingBody html={view.bodyHtml} />
      </article>
      <aside className="min-w-0">
        <JobFacts facts={view.facts} />
        <p className="mt-4 text-sm">
          <Link prefetch={false} href="/jobs" className="font-medium text-brand-700 underline">
            All open jobs
          </Link>
        </p>
      </aside>
    </div>
  );
}
