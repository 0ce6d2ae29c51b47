// GET /jobs/{id} - a published job: public and indexable, React on the server, no client script
import { linkPreviewTags } from '@/components/layout/link-preview-tags';
import { alreadyAnswered, answeredFromCache } from '@/components/layout/cached-page';
import { JobChrome } from '@/components/layout/job-chrome';
import { PageHead } from '@/components/layout/page-head';
import { JobNotice, jobNoticeText, type JobNoticeKind } from '@/components/publishing/job-notice';
import { JobPage } from '@/components/publishing/job-page';
import type { Language } from '@/lib/shared/draft/draft-schema';
import { cachedJobPageModel, jobPageKey, jobPageView, type JobPageView } from '@/lib/server/publishing/job-page';
import { readerLanguage } from '@/lib/server/publishing/reader-language';
import { alternateLinks, alternatesKey } from '@/lib/server/publishing/language-alternates';
import { findPublicJob, jobAlternates } from '@/lib/server/publishing/public-jobs';
import { publicOrigin } from '@/lib/server/http/share-urls';
import { renderMessages } from '@/lib/shared/render/render-messages';
import { createPageHtmlCache } from '@/lib/server/script-free-page/page-html-cache';
import { SCRIPT_FREE_PAGES } from '@/lib/server/script-free-page/routes';
import { scriptFreePage } from '@/lib/server/script-free-page/script-free-page';

export const config = { unstable_runtimeJS: false };

type Alternate = { hreflang: string; href: string };
// `htmlLang` is read by pages/_document.tsx for `<html lang>`: the posting's language, on every answer.
type Props =
  { view: JobPageView; alternates: Alternate[]; htmlLang: Language } | { notice: JobNoticeKind; htmlLang: Language };

// Each published version's whole page, rendered once; whether it is still published is read first, every time.
const pages = createPageHtmlCache();

export const getServerSideProps = scriptFreePage<Props, { id: string }>(SCRIPT_FREE_PAGES.job, {
  async load({ req, res, params }) {
    const result = await findPublicJob(params.id);
    if (result.status !== 'ok') {
      const known = result.status === 'gone' ? result.language : undefined;
      // Without the posting's language the words follow the browser's, so a shared cache must keep one per language.
      if (!known) res.setHeader('Vary', 'Accept-Language');
      const htmlLang = readerLanguage(known, req.headers['accept-language']);
      return { failure: result, props: { notice: result.status === 'not_found' ? 'not_found' : 'gone', htmlLang } };
    }
    const origin = publicOrigin(req);
    // The page links its live language versions: they are part of what the kept page names.
    const alternates = await jobAlternates(result.job);
    const key = `${jobPageKey(result.job, origin)}\u0000${alternatesKey(alternates)}`;
    if (await answeredFromCache(pages, key, req, res)) return alreadyAnswered();
    const view = jobPageView(cachedJobPageModel(result.job, origin));
    return { props: { view, alternates: alternateLinks(alternates, origin), htmlLang: view.bodyLanguage } };
  },
});

export default function JobRoute(props: Props) {
  if ('notice' in props) {
    return (
      <JobChrome words={renderMessages(props.htmlLang).jobPage}>
        <PageHead title={`${jobNoticeText(props.notice, props.htmlLang).title} · Postwright`}>
          <meta name="robots" content="noindex" />
        </PageHead>
        <JobNotice kind={props.notice} language={props.htmlLang} />
      </JobChrome>
    );
  }
  const { view, alternates } = props;
  return (
    <JobChrome words={view.words}>
      <PageHead title={view.documentTitle} description={view.metaDescription}>
        <link rel="canonical" href={view.canonicalUrl} />
        {alternates.map(({ hreflang, href }) => (
          <link key={hreflang} rel="alternate" hrefLang={hreflang} href={href} />
        ))}
        {view.employer.accentCssHref ? <link rel="stylesheet" href={view.employer.accentCssHref} /> : null}
        {linkPreviewTags({
          title: view.documentTitle,
          description: view.metaDescription,
          url: view.canonicalUrl,
          jsonLd: view.jsonLdScript,
          image: { url: view.cardUrl, alt: view.documentTitle },
        })}
      </PageHead>
      <JobPage view={view} />
    </JobChrome>
  );
}
