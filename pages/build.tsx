// GET /build - the posting builder: React on the server, hydrated in the browser (the only pages with script
// are this one and My postings). The catalog travels as page props (data in the HTML, not JavaScript), and so
// do the builder's words: only the visitor's language, compiled (components/server/builder-ui-text.ts).
import type { GetServerSideProps } from 'next';
import type { BuilderData } from '@/components/builder/builder-context';
import { LanguageSwitch } from '@/components/builder/language-switch';
import { PostingBuilder } from '@/components/builder/posting-builder';
import { UiTextProvider, useT, type UiText } from '@/components/builder/ui-text';
import type { PageLanguageProps } from '@/components/layout/page-language';
import { PageHead } from '@/components/layout/page-head';
import { uiTextForRequest } from '@/components/server/builder-ui-text';
import { DEFAULT_ROLE_ID } from '@/lib/shared/catalog';
import { getLocalizedCatalog } from '@/lib/shared/catalog/localized';
import { suggestedBenefits, suggestedResponsibilities } from '@/lib/shared/catalog/suggestions';
import type { Language } from '@/lib/shared/draft/draft-schema';
import { listCountries } from '@/lib/shared/draft/countries';
import { emptyFormValues } from '@/lib/shared/draft/form-values';
import { previewDraft } from '@/lib/shared/draft/preview-draft';
import { livePreview } from '@/lib/server/render/live-preview';
import { listTemplates } from '@/lib/server/render';

type Props = { data: BuilderData; text: UiText } & PageLanguageProps;

// The catalog in the builder's language: names, definitions and categories (ids and figures are the same).
async function loadBuilderData(language: Language): Promise<BuilderData> {
  const catalog = getLocalizedCatalog(DEFAULT_ROLE_ID, language)!;
  const emptyDraft = previewDraft(emptyFormValues());
  return {
    roleTitle: catalog.title,
    skills: catalog.skills,
    categories: catalog.categories,
    responsibilities: suggestedResponsibilities(DEFAULT_ROLE_ID, language),
    benefits: suggestedBenefits(language),
    templates: listTemplates().map(({ id, name, description }) => ({ id, name, description })),
    countries: listCountries(),
    // A first visit then paints the preview and checks at once, with no request after hydration.
    firstPreview: emptyDraft ? await livePreview(emptyDraft, language) : null,
  };
}

// The same for every request in one language (content, the country list, an empty form's preview): made once
// per process and language. Rendered per request all the same, for the CSP nonce on its scripts.
const builderData = new Map<Language, Promise<BuilderData>>();

function builderDataIn(language: Language): Promise<BuilderData> {
  let data = builderData.get(language);
  if (!data) {
    data = loadBuilderData(language).catch((error: unknown) => {
      builderData.delete(language); // a failure is not kept: the next request tries again
      throw error;
    });
    builderData.set(language, data);
  }
  return data;
}

export const getServerSideProps: GetServerSideProps<Props> = async (context) => {
  const ui = uiTextForRequest(context);
  if ('redirect' in ui) return { redirect: ui.redirect };
  return { props: { data: await builderDataIn(ui.text.locale), text: ui.text, htmlLang: ui.text.locale } };
};

export default function BuildPage({ data, text }: Props) {
  return (
    <UiTextProvider text={text}>
      {/* _app marks the site's chrome as English on a page in another language; the builder is in `text`'s. */}
      <div lang={text.locale}>
        <BuildPageBody data={data} />
      </div>
    </UiTextProvider>
  );
}

function BuildPageBody({ data }: { data: BuilderData }) {
  const t = useT();
  return (
    <>
      <PageHead title={t('page.title')} description={t('page.description')} />
      <div className="mx-auto max-w-6xl px-4 py-6">
        <div className="no-print flex flex-wrap items-end justify-between gap-3">
          <h1 className="text-2xl font-bold sm:text-3xl">{t('page.heading', { role: data.roleTitle })}</h1>
          <LanguageSwitch action="/build" />
        </div>
        <p className="no-print mt-1 text-slate-700">
          {t('page.intro')}{' '}
          <a href="/import" className="font-medium text-brand-700 underline">
            {t('page.importLink')}
          </a>
        </p>
        <div className="mt-4">
          <PostingBuilder data={data} />
        </div>
      </div>
    </>
  );
}
