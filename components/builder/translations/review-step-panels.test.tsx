import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FormProvider, useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { PublishPanel } from '@/components/publishing/publish-panel';
import { ApprovalSetting } from '@/components/publishing/approval-setting';
import { AuthorCommentThreads } from '@/components/review/author-comment-threads';
import { ReviewStepSection } from '@/components/review/review-step-section';
import { builderUiText } from '@/components/server/builder-ui-text';
import type { SharedPostingRecord } from '@/lib/browser/storage/browser-storage';
import type { Draft } from '@/lib/shared/draft/draft-schema';
import type { ReviewComment } from '@/lib/shared/review/review-schema';
import type { UiLocale } from '@/lib/shared/ui-locale/ui-locale';
import { expectToContainAll } from '@/test/support/contains-all';
import { UiTextProvider } from '../ui-text';
import { LanguageVersionsPanel } from './language-versions-panel';
import { OtherLanguageText } from './other-language-text';
import type { OtherVersion } from './use-language-versions';

// The review step's panels and the text beside a field, rendered in German and French: each shows its
// words from the message files (the bare-English test proves none is left in the source; this proves the
// words that come out are the right language's, with values and dates filled in the UI locale's way).

const state = vi.hoisted(() => ({
  shared: null as SharedPostingRecord | null,
  others: [] as OtherVersion[],
  review: null as unknown,
}));
vi.mock('@/components/share/current-posting', () => ({ useCurrentSharedPosting: () => state.shared }));
vi.mock('@/components/builder/translations/use-language-versions', () => ({
  useLanguageVersions: () => ({ others: state.others, reload: () => undefined }),
}));
vi.mock('@/components/review/builder-review-context', () => ({ useBuilderReview: () => state.review }));

const record: SharedPostingRecord = {
  id: 'p1',
  editToken: 't',
  version: 2,
  viewUrl: '/p/p1',
  editUrl: '/build#edit=p1.t',
  title: 'Backend developer',
  company: 'Acme',
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
};

const english = {
  language: 'en',
  id: 'p0',
  draft: { job: { title: 'Back End Developer', summary: '' }, responsibilities: [] } as unknown as Draft,
} satisfies OtherVersion;

function Form({ children }: { children: ReactNode }) {
  const form = useForm({ defaultValues: { language: 'de' } });
  return <FormProvider {...form}>{children}</FormProvider>;
}

/** The text a visitor reads (tags dropped, entities decoded, spaces collapsed). */
function render(locale: UiLocale, node: ReactNode): string {
  const html = renderToStaticMarkup(
    <UiTextProvider text={builderUiText(locale)}>
      <Form>{node}</Form>
    </UiTextProvider>,
  );
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('language versions panel', () => {
  it('asks for a share link first, in German and French', () => {
    state.shared = null;
    expect(render('de', <LanguageVersionsPanel />)).toContain(
      'Sprachversionen Erstellen Sie zuerst einen Link zum Teilen',
    );
    expect(render('fr', <LanguageVersionsPanel />)).toContain('Créez d’abord un lien de partage');
  });

  it('names the languages in the UI language and offers the ones not made yet', () => {
    state.shared = record;
    state.others = [english];
    const de = render('de', <LanguageVersionsPanel />);
    expectToContainAll(de, [
      'Diese Version ist auf Deutsch.',
      'Englisch : Back End Developer',
      'Sprache der neuen Version',
      'Französisch',
      'Sprachversion hinzufügen',
    ]);
    expect(de).not.toMatch(/German|Language versions|Open in the builder/);
    expectToContainAll(render('fr', <LanguageVersionsPanel />), [
      'Cette version est en allemand.',
      'Anglais : Back End Developer',
      'Ajouter une version linguistique',
    ]);
  });
});

describe('the other language version beside a field', () => {
  it('labels it with the field and the language, and says when it is empty', () => {
    state.others = [english];
    const de = render('de', <OtherLanguageText field="job.title" label="Stellenbezeichnung" />);
    expect(de).toContain('Stellenbezeichnung auf Englisch');
    expect(de).toContain('Back End Developer');
    expect(render('de', <OtherLanguageText field="job.summary" label="Kurzbeschreibung" />)).toContain(
      'In der Version auf Englisch leer.',
    );
    expect(render('fr', <OtherLanguageText field="job.summary" label="Résumé" />)).toContain(
      'Résumé en anglais Vide dans la version en anglais.',
    );
  });
});

describe('publish panel', () => {
  it('asks for a saved version, then checks the job page, in German and Spanish', () => {
    state.shared = null;
    expect(render('de', <PublishPanel />)).toContain('Veröffentlichen Speichern Sie zuerst eine Version');
    expect(render('es', <PublishPanel />)).toContain('Publicar Guarda primero una versión');
    state.shared = record;
    const de = render('de', <PublishPanel />);
    expect(de).toContain('Macht die zuletzt gespeicherte Version zu einer öffentlichen Stellenseite');
    expect(de).toContain('Es wird geprüft, ob die Stellenseite veröffentlicht ist');
    expect(render('es', <PublishPanel />)).toContain('Comprobando si la página de empleo está publicada…');
  });

  it('words the approval setting', () => {
    const setting = <ApprovalSetting id="p1" token="t" required={false} onChange={() => undefined} />;
    expect(render('de', setting)).toContain('Vor dem Veröffentlichen Freigabe verlangen');
    expect(render('nl', setting)).toContain('Goedkeuring vereisen vóór publicatie');
  });
});

describe('review step section', () => {
  const review = {
    posting: record,
    status: 'ready',
    message: '',
    counts: { open: 2, total: 3, sections: {}, limits: { open: 0, total: 0 } },
    threads: {},
    verdicts: [
      { id: 'v1', version: 1, verdict: 'approve', author: 'Priya', createdAt: '2026-12-01T10:00:00Z' },
      { id: 'v2', version: 2, verdict: 'changes', author: 'Sam', createdAt: '2026-12-02T10:00:00Z' },
    ],
    approvedVersion: 1,
    latestVersion: 2,
  };

  it('explains reviewing, counts open comments and lists the verdicts, in German and French', () => {
    state.review = review;
    const de = render('de', <ReviewStepSection />);
    expectToContainAll(de, [
      'Kommentare und Freigabe',
      'betreffen (2 derzeit offen).',
      'Freigegeben ist Version 1, eine ältere Version: Version 2 ist nicht freigegeben.',
      'Änderungen an v2 angefragt von Sam',
      'v1 freigegeben von Priya (eine ältere Version)',
    ]);
    expectToContainAll(render('fr', <ReviewStepSection />), [
      'Commentaires et approbation',
      'concernées (2 ouverts en ce moment).',
      'v1 approuvée par Priya (une version plus ancienne)',
    ]);
  });

  it('says nothing about open comments when there are none, and asks for a share link without a posting', () => {
    state.review = { ...review, counts: { ...review.counts, open: 0 } };
    expect(render('de', <ReviewStepSection />)).toContain('die sie betreffen.');
    state.review = { ...review, posting: null };
    expect(render('de', <ReviewStepSection />)).toContain('Speichern Sie zuerst eine Version');
  });
});

describe("reviewers' comment threads", () => {
  const comment = (id: string, resolved: boolean): ReviewComment => ({
    id,
    version: 1,
    section: 'summary',
    body: 'Zu lang.',
    author: 'Priya',
    createdAt: '2026-12-03T14:05:00Z',
    resolved,
  });
  const threads = (
    <AuthorCommentThreads
      sections={['summary']}
      threads={{ summary: { comments: [comment('c1', false), comment('c2', true)], next: 'cursor' } }}
      counts={{
        open: 1,
        total: 5,
        sections: { summary: { open: 1, total: 5 } } as never,
        limits: { open: 0, total: 0 },
      }}
      latestVersion={2}
      onResolve={() => undefined}
      onShowEarlier={async () => undefined}
      onGoToField={() => undefined}
    />
  );

  it.each([
    {
      locale: 'de',
      parts: [
        'Kommentare aus dem Review zu diesem Schritt',
        'Die Stelle (1 von 5 offen)',
        'Zum Feld : Die Stelle',
        'Die neuesten 2 von 5 werden gezeigt.',
        'Frühere Kommentare zeigen zu Die Stelle',
        'Erledigt (Kommentar von Priya)',
        'Wieder öffnen (Kommentar von Priya)',
        'zu v1 (eine ältere Version)',
        '3. Dez., 14:05 UTC',
      ],
    },
    {
      locale: 'nl',
      parts: [
        'Opmerkingen van reviewers bij deze stap',
        'De functie (1 van 5 open)',
        'Afgehandeld',
        '3 dec, 14:05 UTC',
      ],
    },
  ] as const)('words the thread, its counts, actions and dates in $locale', ({ locale, parts }) => {
    expectToContainAll(render(locale, threads), parts);
  });
});
