import { useEffect, useRef, useState } from 'react';
import { SiteLanguageSwitch } from '@/components/site-text/site-language-switch';
import { useSiteT } from '@/components/site-text/site-text';
import type { ImportResult } from '@/lib/shared/import/import-contract';
import { ImportReview } from './import-review';
import { ImportStart, type ImportSource } from './import-start';

type Stage = { name: 'start' } | { name: 'review'; result: ImportResult; source: ImportSource };

/** `/import`: bring the posting in, check where each line went, then open the builder on it. */
export function ImportFlow() {
  const t = useSiteT();
  const [stage, setStage] = useState<Stage>({ name: 'start' });
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const [ready, setReady] = useState(false);
  const [text, setText] = useState('');

  // After a change of screen, the focus goes to its heading, so a screen reader starts reading there.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [stage.name]);

  // The page is live (hydrated): what is typed from now on is kept. Tests wait for it, as for the builder's.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setReady(true), []);

  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:py-8" data-ready={ready ? 'true' : 'false'}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm font-medium text-slate-600">
            {t('import.step', { step: stage.name === 'start' ? 1 : 2 })}
          </p>
          <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold sm:text-3xl">
            {stage.name === 'start' ? t('import.headingStart') : t('import.headingReview')}
          </h1>
        </div>
        {/* Only before anything is read: the switch reloads the page, and what was read lives in it alone. */}
        {stage.name === 'start' ? <SiteLanguageSwitch action="/import" /> : null}
      </div>
      {stage.name === 'start' ? (
        <>
          <p className="mt-2 mb-6 max-w-3xl text-slate-700">{t('import.intro')}</p>
          <ImportStart
            text={text}
            onTextChange={setText}
            onImported={(result, source) => setStage({ name: 'review', result, source })}
          />
        </>
      ) : (
        <div className="mt-4">
          <ImportReview result={stage.result} source={stage.source} onStartAgain={() => setStage({ name: 'start' })} />
        </div>
      )}
    </div>
  );
}
