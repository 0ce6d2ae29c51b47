import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PostingBuilder } from '@/components/builder/posting-builder';
import { DEFAULT_ROLE_ID, getBenefits, getResponsibilities, getRoleCatalog } from '@/lib/catalog';
import { listCountries } from '@/lib/draft/countries';
import { listTemplates } from '@/lib/render';

export const metadata: Metadata = {
  title: 'Build a posting',
  description: 'Build a Back End Developer job posting step by step, with a live preview and checks.',
};

export default function BuildPage() {
  const catalog = getRoleCatalog(DEFAULT_ROLE_ID)!;
  const data = {
    roleTitle: catalog.title,
    skills: catalog.skills,
    categories: catalog.categories,
    responsibilities: getResponsibilities(DEFAULT_ROLE_ID),
    benefits: getBenefits(),
    templates: listTemplates().map(({ id, name, description }) => ({ id, name, description })),
    countries: listCountries(),
  };
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="no-print text-2xl font-bold sm:text-3xl">Build a {catalog.title} posting</h1>
      <p className="no-print mt-1 text-slate-700">Your work is saved in this browser as you type.</p>
      <div className="mt-4">
        <Suspense fallback={<p>Loading the builder…</p>}>
          <PostingBuilder data={data} />
        </Suspense>
      </div>
    </div>
  );
}
