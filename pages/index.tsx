// GET / - the home page: React, rendered on the server, with no client script (see pages/_document.tsx).
import type { GetServerSideProps } from 'next';
import { HomeIntro } from '@/components/home/home-intro';
import { PageHead } from '@/components/layout/page-head';
import { scriptFreePageHeaders, setHeaders } from '@/lib/script-free-page/page-headers';

export const config = { unstable_runtimeJS: false };

export const getServerSideProps: GetServerSideProps = async ({ res }) => {
  setHeaders(
    res,
    scriptFreePageHeaders({ cacheControl: 'public, max-age=300', dev: process.env.NODE_ENV === 'development' }),
  );
  return { props: {} };
};

export default function HomePage() {
  return (
    <>
      <PageHead
        title="Postwright: build a Back End Developer job posting"
        description="Build a finished Back End Developer job posting step by step, with a data-backed skill catalog, checks for inclusive wording and pay transparency, and Markdown or PDF export."
      />
      <HomeIntro />
    </>
  );
}
