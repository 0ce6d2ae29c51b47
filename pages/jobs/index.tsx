// GET /jobs - every published job, newest first, a page at a time (?page=n)
import type { GetServerSideProps } from 'next';
import { PageHead } from '@/components/layout/page-head';
import { JobsList } from '@/components/publishing/jobs-list';
import { jobsListPage, type JobsListPage } from '@/lib/publishing/jobs-list';
import { pageOrigin } from '@/lib/publishing/page-origin';
import { liveJobs } from '@/lib/publishing/public-jobs';
import { scriptFreePageHeaders, setHeaders } from '@/lib/script-free-page/page-headers';

export const config = { unstable_runtimeJS: false };

type Props = { list: JobsListPage; canonicalUrl: string };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, res, query }) => {
  setHeaders(
    res,
    scriptFreePageHeaders({ cacheControl: 'public, no-cache', dev: process.env.NODE_ENV === 'development' }),
  );
  const { jobs } = await liveJobs();
  const list = jobsListPage(jobs, query.page);
  const canonicalUrl = `${pageOrigin(req)}/jobs${list.page > 1 ? `?page=${list.page}` : ''}`;
  return { props: { list, canonicalUrl } };
};

export default function JobsRoute({ list, canonicalUrl }: Props) {
  return (
    <>
      <PageHead title="Open jobs · Postwright" description="Every job published with Postwright that is open now.">
        <link rel="canonical" href={canonicalUrl} />
        <meta property="og:type" content="website" />
        <meta property="og:title" content="Open jobs" />
        <meta property="og:url" content={canonicalUrl} />
      </PageHead>
      <JobsList list={list} />
    </>
  );
}
