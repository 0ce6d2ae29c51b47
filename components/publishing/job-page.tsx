import { PostingBody } from '@/components/posting/posting-body';
import type { JobPageView } from '@/lib/server/publishing/job-page';
import { ApplyLink } from './apply-link';
import { EmployerHeader } from './employer-header';
import { JobFacts } from './job-facts';
import { ShareJob } from './share-job';

/**
 * The public job page: the employer's band, Apply before the details and again after them, the posting as
 * every export renders it, its key facts and ways to share it beside it.
 */
export function JobPage({ view }: { view: JobPageView }) {
  const { words } = view;
  return (
    <>
      <EmployerHeader employer={view.employer} websiteLabel={words.companyWebsite} />
      <div className="job-page-grid mx-auto grid max-w-6xl gap-6 px-4 py-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <article className="min-w-0 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
          <div className="mb-6 border-b border-slate-200 pb-5">
            <ApplyLink apply={view.apply} label={words.applyNow} />
          </div>
          <PostingBody html={view.bodyHtml} lang={view.bodyLanguage} />
          <section aria-labelledby="apply-end-title" className="no-print mt-8 border-t border-slate-200 pt-6">
            <h2 id="apply-end-title" className="mb-3 text-lg font-bold">
              {words.interested}
            </h2>
            <ApplyLink apply={view.apply} label={words.applyForThisJob} />
          </section>
        </article>
        <aside className="grid min-w-0 content-start gap-4">
          <JobFacts facts={view.facts} title={words.atAGlance} />
          <ShareJob
            links={view.shareLinks}
            url={view.canonicalUrl}
            words={{ title: words.shareThisJob, copyAddress: words.copyAddress }}
          />
        </aside>
      </div>
    </>
  );
}
