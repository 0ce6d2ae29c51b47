// GET /jobs - every published job, newest first, a page at a time (?page=n)
import { JobChrome } from '@/components/layout/job-chrome';
import { PageHead } from '@/components/layout/page-head';
import { JobsList } from '@/components/publishing/jobs-list';
import type { Language } from '@/lib/shared/draft/draft-schema';
import { jobsListPage, type JobsListPage } from '@/lib/server/publishing/jobs-list';
import { readerLanguage } from '@/lib/server/publishing/reader-language';
import { liveJobs } from '@/lib/server/publishing/public-jobs';
import { publicOrigin } from '@/lib/server/http/share-urls';
import { renderMessages } from '@/lib/shared/render/render-messages';
import { SCRIPT_FREE_PAGES } from '@/lib/server/script-free-page/routes';
import { scriptFreePage } from '@/lib/server/script-free-page/script-free-page';

export const config = { unstable_runtimeJS: false };

// `htmlLang` (read by pages/_document.tsx): the list's own words are in the reader's language; each card
// carries its posting's.
type Props = { list: JobsListPage; canonicalUrl: string; htmlLang: Language };

export const getServerSideProps = scriptFreePage<Props>(SCRIPT_FREE_PAGES.jobs, {
  async load({ req, res, query }) {
    res.setHeader('Vary', 'Accept-Language');
    const { jobs } = await liveJobs();
    const list = jobsListPage(jobs, query.page);
    const canonicalUrl = `${publicOrigin(req)}/jobs${list.page > 1 ? `?page=${list.page}` : ''}`;
    return { props: { list, canonicalUrl, htmlLang: readerLanguage(undefined, req.headers['accept-language']) } };
  },
});

export default function JobsRoute({ list, canonicalUrl, htmlLang }: Props) {
  const words = renderMessages(htmlLang);
  return (
    <JobChrome words={words.jobPage}>
      <PageHead title={`${words.jobsList.title} · Postwright`} description={words.jobsList.description}>
        <link rel="canonical" href={canonicalUrl} />
        <meta property="og:type" content="website" />
        <meta property="og:title" content={words.jobsList.title} />
        <meta property="og:url" content={canonicalUrl} />
      </PageHead>
      <JobsList list={list} words={words.jobsList} />
    </JobChrome>
  );
}
