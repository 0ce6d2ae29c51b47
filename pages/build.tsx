// GET /build - the posting builder: React on the server, hydrated in the browser (the only pages with script
// are this one and My postings). The catalog travels as page props (data in the HTML, not JavaScript).
import type { GetServerSideProps } from 'next';
import type { BuilderData } from '@/components/builder/builder-context';
import { PostingBuilder } from '@/components/builder/posting-builder';
import { PageHead } from '@/components/layout/page-head';
import { DEFAULT_ROLE_ID, getBenefits, getResponsibilities, getRoleCatalog } from '@/lib/catalog';
import { listCountries } from '@/lib/draft/countries';
import { emptyFormValues } from '@/lib/draft/form-values';
import { previewDraft } from '@/lib/draft/preview-draft';
import { livePreview } from '@/lib/live-preview/live-preview';
import { listTemplates } from '@/lib/render';

type Props = { data: BuilderData };

async function loadBuilderData(): Promise<BuilderData> {
  const catalog = getRoleCatalog(DEFAULT_ROLE_ID)!;
  const emptyDraft = previewDraft(emptyFormValues());
  return {
    roleTitle: catalog.title,
    skills: catalog.skills,
    categories: catalog.categories,
    responsibilities: getResponsibilities(DEFAULT_ROLE_ID),
    benefits: getBenefits(),
    templates: listTemplates().map(({ id, name, description }) => ({ id, name, description })),
    countries: listCountries(),
    // A first visit then paints the preview and checks at once, with no request after hydration.
    firstPreview: emptyDraft ? await livePreview(emptyDraft) : null,
  };
}

// The same for every request (content, the country list, an empty form's preview): made once per process.
// Rendered per request all the same, for the CSP nonce on its scripts.
let builderData: Promise<BuilderData> | undefined;

export const getServerSideProps: GetServerSideProps<Props> = async () => {
  builderData ??= loadBuilderData().catch((error: unknown) => {
    builderData = undefined; // a failure is not kept: the next request tries again
    throw error;
  });
  return { props: { data: await builderData } };
};

export default function BuildPage({ data }: Props) {
  return (
    <>
      <PageHead
        title="Build a posting · Postwright"
        description="Build a Back End Developer job posting step by step, with a live preview and checks."
      />
      <div className="mx-auto max-w-6xl px-4 py-6">
        <h1 className="no-print text-2xl font-bold sm:text-3xl">Build a {data.roleTitle} posting</h1>
        <p className="no-print mt-1 text-slate-700">
          Your work is saved in this browser as you type. Have a posting already?{' '}
          <a href="/import" className="font-medium text-brand-700 underline">
            Start from an existing posting
          </a>
        </p>
        <div className="mt-4">
          <PostingBuilder data={data} />
        </div>
      </div>
    </>
  );
}
