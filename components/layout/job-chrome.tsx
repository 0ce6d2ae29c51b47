import type { ReactNode } from 'react';
import type { JobPageWords } from '@/lib/server/publishing/job-page';

export type JobChromeWords = Pick<JobPageWords, 'skipToContent' | 'allOpenJobs' | 'madeWith'>;

/**
 * The chrome of the candidate's pages (/jobs, /jobs/{id}): the employer's, not the builder's. No site
 * navigation: a candidate who lands here from a search has nothing to build. Same skip link and landmarks
 * as SiteChrome; each page brings its own employer header inside main. Each page wraps itself in it (not
 * _app), because its words are in the page's language, which only the page knows.
 */
export function JobChrome({ words, children }: { words: JobChromeWords; children: ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {words.skipToContent}
      </a>
      <main id="main" className="flex-1">
        {children}
      </main>
      <footer className="no-print mt-12 border-t border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-4 py-6 text-sm text-slate-600">
          <p>
            <a href="/jobs" className="font-medium text-brand-700 underline">
              {words.allOpenJobs}
            </a>
          </p>
          <p>{words.madeWith}</p>
        </div>
      </footer>
    </>
  );
}

/** Whether a page (by its route pattern, e.g. /jobs/[id]) is one of the candidate's pages. */
export const isJobRoute = (pathname: string) => pathname === '/jobs' || pathname.startsWith('/jobs/');
