// GET, POST /review/{id}/{reviewToken} - the reviewer's page: read, comment by section, give a verdict.
// React on the server and plain forms (POST, then 303 to GET): no client script at all.
import { readCookie } from '@/lib/shared/http/read-cookie';
import { PageHead } from '@/components/layout/page-head';
import { alreadyAnswered, keepRenderedPage, servedFromCache } from '@/components/layout/cached-page';
import { ReviewNotice, type ReviewNoticeKind } from '@/components/review/review-notice';
import { ReviewPage } from '@/components/review/review-page';
import { reviewPaths } from '@/lib/shared/review/review-contract';
import { clientKey } from '@/lib/server/http/client-key';
import { consumeRateLimit } from '@/lib/server/rate-limit';
import { REVIEWER_COOKIE, reviewerCookie, reviewerCookieIsSecure } from '@/lib/server/review/form-request';
import {
  loadReviewPage,
  submitReviewForm,
  reviewPageState,
  type ReviewFormState,
  type ReviewPageView,
} from '@/lib/server/review/review-page';
import { createPageHtmlCache } from '@/lib/server/script-free-page/page-html-cache';
import { SCRIPT_FREE_PAGES } from '@/lib/server/script-free-page/routes';
import { scriptFreePage } from '@/lib/server/script-free-page/script-free-page';

export const config = { unstable_runtimeJS: false };

type Props = { view: ReviewPageView; htmlLang: string } | { notice: ReviewNoticeKind };

export const getServerSideProps = scriptFreePage<Props, { id: string; token: string }, ReviewFormState>(
  SCRIPT_FREE_PAGES.review,
  {
    async post({ req, res, params: { id, token } }, fields) {
      const result = await submitReviewForm(id, token, fields);
      if (result.status === 'saved') {
        res.setHeader('Set-Cookie', reviewerCookie(result.author, reviewerCookieIsSecure(req)));
        const anchor = result.section ? `#section-${result.section}` : '#verdict';
        return { redirect: `${reviewPaths.page(id, token)}?saved=${result.saved}${anchor}` };
      }
      if (result.status === 'invalid') return { status: result.httpStatus, form: result.form };
      // The link no longer opens the page: loading it finds the same and says so.
      return null;
    },

    async load(context) {
      const {
        req,
        res,
        params: { id, token },
        query,
        posted,
      } = context;
      const form =
        posted && 'refused' in posted
          ? { kind: 'comment' as const, values: {}, errors: {}, message: `${posted.refused} Nothing was saved.` }
          : posted?.form;
      const reviewerName = form?.values.author || (readCookie(req.headers.cookie, REVIEWER_COOKIE) ?? '');
      // A verdict on a version that moved on: show what changed since the one the reviewer read.
      const since = posted?.status === 409 && form ? form.values.version : query.since;
      const pageQuery = { ...query, since };
      // A GET answered from the kept page costs one query (is the key still what the page shows?): no comment is read.
      if (!form) {
        const state = await reviewPageState(id, token, { reviewerName, query: pageQuery });
        if (state.status === 'ok' && servedFromCache(reviewPages, keptPageKey(token, state.pageKey), req, res))
          return alreadyAnswered();
      }
      // A comparison not yet worked out counts against the client's diff limit, as on the API.
      const mayDiff = async () => (await consumeRateLimit('diff', clientKey(context.request))).allowed;
      const page = await loadReviewPage(id, token, { reviewerName, query: pageQuery, form, mayDiff });
      if (page.status === 'ok') {
        // Kept under the key of the snapshot it shows. Never kept: a form being corrected (it holds what was
        // typed), or a page without its changes (diff limit), which is not what the key names.
        if (!page.view.form && !page.view.changesLimited)
          keepRenderedPage(reviewPages, keptPageKey(token, page.pageKey), req, res);
        return { props: { view: page.view, htmlLang: page.view.language } };
      }
      const notice = page.status === 'gone' ? page.reason : page.status === 'forbidden' ? 'denied' : 'not_found';
      return { failure: page, props: { notice } };
    },
  },
);

// The whole page as sent, per review link and page key (posting, version, review revision, the remembered
// reviewer name, the query values the page reads): rendering it was most of a GET's time (6–7 ms of CPU with 50
// comments). Any comment, verdict, resolve or new version moves the revision, so the next GET misses and renders.
// The link's token is part of the key though the page does not show it: one link's page is never another's.
// Bounded by bytes (a page at the comment cap is ~600 KB of HTML, kept with its brotli and gzip copies).
const reviewPages = createPageHtmlCache({ maxEntries: 500, maxBytes: 32 * 1024 * 1024 });
const keptPageKey = (token: string, pageKey: string) => `${token}\u0000${pageKey}`;

export default function ReviewRoute(props: Props) {
  if ('notice' in props) {
    return (
      <>
        <PageHead title="Review link not available · Postwright" privateLink />
        <ReviewNotice kind={props.notice} />
      </>
    );
  }
  return (
    <>
      <PageHead title={`Review: ${props.view.title} (v${props.view.version}) · Postwright`} privateLink />
      <ReviewPage view={props.view} />
    </>
  );
}
