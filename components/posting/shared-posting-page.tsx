import { PageNotice } from '@/components/layout/page-notice';
import type { ShareView } from '@/lib/server/postings/share-view';
import { fillMessage } from '@/lib/shared/render/render-messages';
import { PostingBody } from './posting-body';

/**
 * `/p/{id}`: the read-only posting a hiring manager opens, with every download. Its words are in the posting's
 * language (`lang` here: the site's header and footer around it may be in another).
 */
export function SharedPostingPage({ view }: { view: ShareView }) {
  const { words } = view;
  const [updatedBefore, updatedAfter] = [
    words.updated.before,
    fillMessage(words.updated.after, { version: view.version }),
  ];
  return (
    <div
      lang={view.postingLanguage}
      className="mx-auto grid max-w-6xl gap-6 px-4 py-6 lg:grid-cols-[minmax(0,1fr)_17rem] print:block print:p-0"
    >
      <article
        aria-label={view.title}
        className="rounded-lg border border-slate-200 bg-white p-5 sm:px-10 sm:py-8 print:border-0 print:p-0"
      >
        <PostingBody html={view.postingHtml} lang={view.postingLanguage} />
      </article>
      <aside aria-labelledby="downloads-title" className="no-print">
        <p className="mb-4 text-sm font-medium text-slate-700">{words.readOnly}</p>
        <h2 id="downloads-title" className="mb-2 font-semibold">
          {words.download}
        </h2>
        <ul className="mb-4 grid gap-1.5">
          {view.downloads.map((d) => (
            <li key={d.href}>
              <a
                href={d.href}
                download
                className="block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-ink no-underline hover:border-brand-600"
              >
                {d.label}
              </a>
            </li>
          ))}
        </ul>
        <p className="mb-4 text-sm text-slate-600">
          {updatedBefore} <time dateTime={view.updatedAt}>{view.updatedLabel}</time> {updatedAfter}
        </p>
        <p className="text-sm text-slate-600">{words.printHint}</p>
      </aside>
    </div>
  );
}

export type ShareNoticeKind = 'not_found' | 'revoked' | 'expired';

/** A link that never existed (404), or was revoked or has expired (410). */
export function ShareNotice({ notice }: { notice: { title: string; body: string } }) {
  return <PageNotice notice={notice} />;
}
