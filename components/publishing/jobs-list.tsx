import Link from 'next/link';
import type { JobsListPage } from '@/lib/server/publishing/jobs-list';
import { fillMessage, type RenderMessages } from '@/lib/shared/render/render-messages';
import { EmployerLogo } from './employer-logo';

type ListWords = RenderMessages['jobsList'];

/**
 * The published jobs, newest first, with a pager when there are more than fit one page. The list's own words
 * are in the reader's language (`words`); each card is in its posting's, and says so with `lang`.
 */
export function JobsList({ list, words }: { list: JobsListPage; words: ListWords }) {
  return (
    <>
      <div className="employer-band">
        <p className="mx-auto max-w-6xl px-4 py-4 text-lg font-bold">{words.band}</p>
      </div>
      {/* Aligned with the job pages' band and footer; the list keeps a reading width of its own. */}
      <div className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-2xl font-bold tracking-tight">{words.title}</h1>
        <p className="mt-1 text-slate-700">
          {list.total === 0
            ? words.none
            : fillMessage(list.total === 1 ? words.countOne : words.countOther, { n: list.total })}
        </p>
        {list.jobs.length > 0 ? (
          <ul className="mt-6 grid max-w-4xl gap-3">
            {list.jobs.map((job) => (
              <li
                key={job.id}
                lang={job.language}
                className="flex gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
              >
                {job.logoUrl ? <EmployerLogo src={job.logoUrl} className="h-12 w-12 shrink-0 object-contain" /> : null}
                <div className="min-w-0">
                  <h2 className="text-lg font-semibold [overflow-wrap:anywhere]">
                    <Link
                      prefetch={false}
                      href={job.href}
                      className="text-brand-700 underline-offset-2 hover:underline"
                    >
                      {job.title}
                    </Link>
                  </h2>
                  <p className="font-medium [overflow-wrap:anywhere]">{job.company}</p>
                  <p className="mt-1 text-sm text-slate-700 [overflow-wrap:anywhere]">
                    {[job.location, job.employmentType, job.pay].filter(Boolean).join(' · ')}
                  </p>
                  <p className="mt-1 text-sm text-slate-600">
                    {job.postedWords.before} <time dateTime={job.postedIso}>{job.posted}</time>
                    {job.postedWords.after}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
        {list.pageCount > 1 ? <Pager page={list.page} pageCount={list.pageCount} words={words} /> : null}
      </div>
    </>
  );
}

function Pager({ page, pageCount, words }: { page: number; pageCount: number; words: ListWords }) {
  const link = 'rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:border-brand-600';
  return (
    <nav aria-label={words.pages} className="mt-6 flex max-w-4xl items-center justify-between gap-3">
      {page > 1 ? (
        <Link prefetch={false} className={link} href={`/jobs?page=${page - 1}`} rel="prev">
          {words.newer}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700">{fillMessage(words.pageOf, { page, total: pageCount })}</span>
      {page < pageCount ? (
        <Link prefetch={false} className={link} href={`/jobs?page=${page + 1}`} rel="next">
          {words.older}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
