// GET, POST /review/{id}/{reviewToken} - the reviewer's page: read, comment by section, give a verdict.
// React on the server and plain forms (POST, then 303 to GET): no client script at all.
import type { IncomingMessage } from 'node:http';
import type { GetServerSideProps } from 'next';
import { readCookie } from '@/lib/http/read-cookie';
import { PageHead } from '@/components/layout/page-head';
import { alreadyAnswered, keepRenderedPage, servedFromCache } from '@/components/layout/cached-page';
import { ReviewNotice, type ReviewNoticeKind } from '@/components/review/review-notice';
import { ReviewPage } from '@/components/review/review-page';
import { ApiError } from '@/lib/http/api-error';
import { reviewPaths } from '@/lib/http/review-contract';
import { clientKey } from '@/lib/http/client-key';
import { enforceRateLimit } from '@/lib/http/rate-limit-guard';
import { consumeRateLimit } from '@/lib/rate-limit';
import {
  FormBodyError,
  isCrossSiteForm,
  readFormBody,
  REVIEWER_COOKIE,
  reviewerCookie,
  reviewerCookieIsSecure,
} from '@/lib/review/form-request';
import {
  loadReviewPage,
  submitReviewForm,
  reviewPageState,
  type ReviewFormState,
  type ReviewPageView,
} from '@/lib/review/review-page';
import { createPageHtmlCache } from '@/lib/script-free-page/page-html-cache';
import { scriptFreePageHeaders, setHeaders } from '@/lib/script-free-page/page-headers';

export const config = { unstable_runtimeJS: false };

type Props = { view: ReviewPageView; htmlLang: string } | { notice: ReviewNoticeKind };

const noticeStatus: Record<ReviewNoticeKind, number> = { not_found: 404, denied: 403, revoked: 410, expired: 410 };

export const getServerSideProps: GetServerSideProps<Props, { id: string; token: string }> = async ({
  req,
  res,
  params,
  query,
}) => {
  // noindex, no referrer (the token is in this page's address), never cached, forms to ourselves only.
  setHeaders(
    res,
    scriptFreePageHeaders({
      forms: true,
      noindex: true,
      cacheControl: 'no-store',
      dev: process.env.NODE_ENV === 'development',
    }),
  );
  const { id, token } = params!;
  let reviewerName = readCookie(req.headers.cookie, REVIEWER_COOKIE) ?? '';
  let form: ReviewFormState | undefined;
  let since = query.since;

  if (req.method === 'POST') {
    try {
      if (isCrossSiteForm(req)) throw new FormBodyError(403, 'This form was sent from another site.');
      await enforceRateLimit(requestOf(req), 'write');
      const fields = await readFormBody(req);
      const result = await submitReviewForm(id, token, fields);
      if (result.status === 'saved') {
        res.setHeader('Set-Cookie', reviewerCookie(result.author, reviewerCookieIsSecure(req)));
        const anchor = result.section ? `#section-${result.section}` : '#verdict';
        return {
          redirect: { destination: `${reviewPaths.page(id, token)}?saved=${result.saved}${anchor}`, statusCode: 303 },
        };
      }
      if (result.status === 'invalid') {
        res.statusCode = result.httpStatus;
        form = result.form;
        reviewerName = result.form.values.author || reviewerName;
        // A verdict on a version that moved on: show what changed since the one the reviewer read.
        if (result.httpStatus === 409) since = result.form.values.version;
      }
    } catch (error) {
      if (error instanceof ApiError && error.code === 'rate_limited') {
        res.statusCode = 429;
        res.setHeader('Retry-After', error.headers['Retry-After'] ?? '60');
        form = { kind: 'comment', values: {}, errors: {}, message: `${error.message}. Nothing was saved.` };
      } else if (error instanceof FormBodyError) {
        res.statusCode = error.httpStatus;
        form = { kind: 'comment', values: {}, errors: {}, message: `${error.message} Nothing was saved.` };
      } else throw error;
    }
  }

  const pageQuery = { ...query, since };
  // A GET answered from the kept page costs one query (is the key still what the page shows?): no comment is read.
  if (!form) {
    const state = await reviewPageState(id, token, { reviewerName, query: pageQuery });
    if (state.status === 'ok' && servedFromCache(reviewPages, keptPageKey(token, state.pageKey), req, res))
      return alreadyAnswered();
  }
  // A comparison not yet worked out counts against the client's diff limit, as on the API.
  const mayDiff = async () => (await consumeRateLimit('diff', clientKey(requestOf(req)))).allowed;
  const page = await loadReviewPage(id, token, { reviewerName, query: pageQuery, form, mayDiff });
  if (page.status === 'ok') {
    // Kept under the key of the snapshot it shows. Never kept: a form being corrected (it holds what was
    // typed), or a page without its changes (diff limit), which is not what the key names.
    if (!page.view.form && !page.view.changesLimited)
      keepRenderedPage(reviewPages, keptPageKey(token, page.pageKey), req, res);
    return { props: { view: page.view, htmlLang: page.view.language } };
  }
  const notice: ReviewNoticeKind =
    page.status === 'gone' ? page.reason : page.status === 'denied' ? 'denied' : 'not_found';
  res.statusCode = noticeStatus[notice];
  return { props: { notice } };
};

/** The headers of a Pages Router request, as the rate limits read them. */
function requestOf(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  return new Request('http://localhost/', { headers });
}

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
