'use client';

import { Suspense, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { BuilderProvider, useBuilder, type BuilderData } from './builder-context';
import { BuilderAside } from './builder-aside';
import { EditLinkNotice } from './edit-link-notice';
import { StepCard } from './step-card';
import { StepProgress } from './step-progress';
import { useStepBadges } from './step-badges';
import { useBuilderState } from './use-builder-state';
import { Button } from '@/components/ui/button';
import { BuilderReviewProvider } from '@/components/review/builder-review-context';

/**
 * The posting builder: steps on the left, the live preview and checks beside them (below on a phone).
 *
 * Each part sits in its own <Suspense> although nothing in it suspends: React hydrates the page's shell at
 * once and each boundary later, at a low priority and in slices of a few milliseconds that yield to the
 * browser (a boundary someone interacts with first is hydrated first). Hydrated in one piece, the builder
 * was one task of several hundred ms on a phone's CPU, most of the page's Total Blocking Time.
 */
export function PostingBuilder({ data }: { data: BuilderData }) {
  const { api, preview, editLink, next, startOver } = useBuilderState(data);
  return (
    <BuilderProvider api={api} preview={preview}>
      <FormProvider {...api.form}>
        <BuilderReviewProvider>
          <BuilderLayout editLink={<EditLinkNotice state={editLink} />} onNext={next} onStartOver={startOver} />
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
  const [showAside, setShowAside] = useState(false);
  const badges = useStepBadges();
  const asideCount = Object.values(badges)
    .flat()
    .reduce((sum, badge) => sum + badge.count, 0);
  return (
    // data-ready: the saved draft is restored and the form is live (tests wait for it).
    <ReadyMarker>
      {editLink}
      <Suspense>
        <StepProgress badges={badges} />
      </Suspense>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="no-print min-w-0">
          <Suspense>
            <StepCard onNext={onNext} onStartOver={onStartOver} />
          </Suspense>
          <Button
            aria-expanded={showAside}
            aria-controls="builder-aside"
            onClick={() => setShowAside((v) => !v)}
            className="mt-4 w-full lg:hidden"
          >
            {showAside ? 'Hide preview and checks' : `Show preview and checks${asideCount ? ` (${asideCount})` : ''}`}
          </Button>
        </div>
        <BuilderAside open={showAside} />
      </div>
    </ReadyMarker>
  );
}

function ReadyMarker({ children }: { children: React.ReactNode }) {
  const { ready } = useBuilder();
  return (
    <div className="grid min-w-0 gap-4 [&>*]:min-w-0" data-ready={ready ? 'true' : 'false'}>
      {children}
    </div>
  );
}
