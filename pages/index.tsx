// GET / - the home page: React, prerendered at build time, with no client script (see pages/_document.tsx).
// Its headers come from next.config.ts (lib/server/script-free-page/static-pages.ts): no code runs per request.
import type { GetStaticProps } from 'next';
import { HomeIntro } from '@/components/home/home-intro';
import { PageHead } from '@/components/layout/page-head';

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps = async () => ({ props: {} });

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
