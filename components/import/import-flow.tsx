import { useEffect, useRef, useState } from 'react';
import type { ImportResult } from '@/lib/import/import-contract';
import { ImportReview } from './import-review';
import { ImportStart } from './import-start';

type Stage = { name: 'start' } | { name: 'review'; result: ImportResult; source: string };

/** `/import`: bring the posting in, check where each line went, then open the builder on it. */
export function ImportFlow() {
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
      <p className="text-sm font-medium text-slate-600">Step {stage.name === 'start' ? 1 : 2} of 2</p>
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold sm:text-3xl">
        {stage.name === 'start' ? 'Start from an existing posting' : 'Check where each line went'}
      </h1>
      {stage.name === 'start' ? (
        <>
          <p className="mt-2 mb-6 max-w-3xl text-slate-700">
            Bring in a posting you already have. Postwright sorts its lines into the builder&apos;s fields and shows you
            where each one went before anything changes; nothing is stored on the server.
          </p>
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
