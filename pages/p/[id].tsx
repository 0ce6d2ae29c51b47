// GET /p/{id} - the read-only page of a shared posting: React on the server, no client script.
import { linkPreviewTags } from '@/components/layout/link-preview-tags';
import { alreadyAnswered, answeredFromCache } from '@/components/layout/cached-page';
import { PageHead } from '@/components/layout/page-head';
import { ShareNotice, SharedPostingPage, type ShareNoticeKind } from '@/components/posting/shared-posting-page';
import type { Language } from '@/lib/shared/draft/draft-schema';
import { readerLanguage } from '@/lib/server/publishing/reader-language';
import { renderMessages } from '@/lib/shared/render/render-messages';
import { shareUrls } from '@/lib/server/http/share-urls';
import { getPosting } from '@/lib/server/postings';
import { createPageHtmlCache } from '@/lib/server/script-free-page/page-html-cache';
import { SCRIPT_FREE_PAGES } from '@/lib/server/script-free-page/routes';
import { scriptFreePage } from '@/lib/server/script-free-page/script-free-page';
import { cachedShareView, shareViewKey, type ShareView } from '@/lib/server/postings/share-view';

export const config = { unstable_runtimeJS: false };

type Props = { view: ShareView; htmlLang: string } | { notice: ShareNoticeKind; htmlLang: Language };

// Each version's whole page, rendered once: React's render was most of a request's time.
const pages = createPageHtmlCache();

export const getServerSideProps = scriptFreePage<Props, { id: string }>(SCRIPT_FREE_PAGES.share, {
  async load({ req, res, params: { id } }) {
    const result = await getPosting(id);
    if (result.status !== 'ok') {
      // No posting to take a language from: the notice speaks the reader's (Accept-Language), else English.
      res.setHeader('Vary', 'Accept-Language');
      const notice = result.status === 'gone' ? result.reason : 'not_found';
      return {
        failure: result,
        props: { notice, htmlLang: readerLanguage(undefined, req.headers['accept-language']) },
      };
    }
    // The origin the request came to (as server.mjs resolved it), unless a public URL is configured.
    const { viewUrl } = shareUrls(req, id);
    if (await answeredFromCache(pages, shareViewKey(result.posting, viewUrl), req, res)) return alreadyAnswered();
    const view = cachedShareView(result.posting, viewUrl);
    return { props: { view, htmlLang: view.postingLanguage } };
  },
});

export default function SharedPostingRoute(props: Props) {
  if ('notice' in props) {
    const notice = renderMessages(props.htmlLang).sharePage.notices[props.notice];
    return (
      <>
        <PageHead title={`${notice.title} · Postwright`} privateLink />
        <ShareNotice notice={notice} />
      </>
    );
  }
  const { view } = props;
  return (
    <>
      <PageHead title={view.title} description={view.description} privateLink>
        {linkPreviewTags({ title: view.title, description: view.description, url: view.viewUrl, jsonLd: view.jsonLd })}
      </PageHead>
      <SharedPostingPage view={view} />
    </>
  );
}
