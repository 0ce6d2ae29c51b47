import { Activity, lazy, startTransition, Suspense, useEffect, useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { BuilderProvider, useBuilder, type BuilderData } from './builder-context';
import { EditLinkNotice } from './edit-link-notice';
import { StepCard } from './step-card';
import { StepProgress } from './step-progress';
import { useStepBadges } from './step-badges';
import { useBuilderState } from './use-builder-state';
import { Button } from '@/components/ui/button';
import { BuilderReviewProvider } from '@/components/review/builder-review-context';
import { LanguageVersionsProvider } from './translations/use-language-versions';
import { useT } from './ui-text';

/**
 * The posting builder: steps on the left, the live preview and checks beside them (below on a phone).
 *
 * The preview and checks are not in the server's HTML: they load (their own chunk) and are drawn after
 * hydration, as a transition that React renders in slices yielding to the browser (their data, the empty
 * form's preview and findings, comes with the page, so no request waits). Hydrating them with the step on
 * screen made one long task of several hundred ms on a phone's CPU, where they are hidden behind a button
 * anyway. (A server-rendered <Suspense> boundary would hydrate them apart too, but React streams a large
 * boundary apart and moves it into place with an inline script, which the page's CSP refuses.)
 */
export function PostingBuilder({ data }: { data: BuilderData }) {
  return (
    // A visible Activity is a hydration boundary that the server renders inline (no streamed segment, no
    // inline script): the page's own hydration stops at it, and React hydrates the builder afterwards at
    // idle priority, in slices of a few ms that yield to the browser, instead of one task of several
    // hundred ms on a phone's CPU. A click or a key inside it before then hydrates it at once.
    <Activity mode="visible">
      <Builder data={data} />
    </Activity>
  );
}

function Builder({ data }: { data: BuilderData }) {
  const { api, preview, editLink, next, startOver } = useBuilderState(data);
  // useForm sets its form state once more in a layout effect right after mounting, which re-renders this
  // component synchronously: one long task if it re-rendered the whole form. The form's methods are one
  // object for the form's life (fields read their own errors through useFormState), and the layout is the
  // same element until what it shows changes, so React stops at the providers.
  const formMethods = useMemo(() => ({ ...api.form }), [api.form]);
  const layout = useMemo(
    () => <BuilderLayout editLink={<EditLinkNotice state={editLink} />} onNext={next} onStartOver={startOver} />,
    [editLink, next, startOver],
  );
  return (
    <BuilderProvider api={api} preview={preview}>
      <FormProvider {...formMethods}>
        <BuilderReviewProvider>
          <LanguageVersionsProvider>{layout}</LanguageVersionsProvider>
        </BuilderReviewProvider>
      </FormProvider>
    </BuilderProvider>
  );
}

function BuilderLayout({
  editLink,
  onNext,
  onStartOver,
}: {
  editLink: React.ReactNode;
  onNext: () => Promise<void>;
  onStartOver: () => void;
}) {
  const t = useT();
  const [showAside, setShowAside] = useState(false);
  const asideMounted = useMountedAfterHydration();
  const badges = useStepBadges();
  const asideCount = Object.values(badges)
    .flat()
    .reduce((sum, badge) => sum + badge.count, 0);
  return (
    // data-ready: the saved draft is restored and the form is live (tests wait for it).
    <ReadyMarker>
      {editLink}
      <StepProgress badges={badges} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="no-print min-w-0">
          <StepCard onNext={onNext} onStartOver={onStartOver} />
          <Button
            aria-expanded={showAside}
            aria-controls="builder-aside"
            onClick={() => setShowAside((v) => !v)}
            className="mt-4 w-full lg:hidden"
          >
            {showAside ? t('aside.hide') : asideCount ? t('aside.showCount', { count: asideCount }) : t('aside.show')}
          </Button>
        </div>
        {asideMounted ? (
          <Suspense fallback={asidePlaceholder}>
            <BuilderAside open={showAside} />
          </Suspense>
        ) : (
          asidePlaceholder
        )}
      </div>
    </ReadyMarker>
  );
}

// Its own chunk, evaluated once the page is live: the checks' code (marks, findings, score) is not on the
// path to hydration. Only ever rendered after hydration, so its Suspense boundary is the browser's alone.
const BuilderAside = lazy(() => import('./builder-aside').then((m) => ({ default: m.BuilderAside })));
const asidePlaceholder = <div id="builder-aside" hidden />;

/** False in the server's HTML and during hydration; true once the page is live, set as a transition. */
function useMountedAfterHydration(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    // After the first commit, by design: this is what keeps the panels out of hydration.
    startTransition(() => setMounted(true));
  }, []);
  return mounted;
}

function ReadyMarker({ children }: { children: React.ReactNode }) {
  const { ready } = useBuilder();
  return (
    <div className="grid min-w-0 gap-4 [&>*]:min-w-0" data-ready={ready ? 'true' : 'false'}>
      {children}
    </div>
  );
}
