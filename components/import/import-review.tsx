import { useRouter } from 'next/router';
import { useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { handOverToBuilder } from '@/lib/browser-storage/builder-handoff';
import type { ImportResult } from '@/lib/import/import-contract';
import { reviewedDraft } from '@/lib/import/review-draft';
import { fieldLabel, MOVE_TARGET_LABELS } from '@/lib/import/review-field-labels';
import { importedFormValues } from '@/lib/import/review-form-values';
import { moveLine, reviewLinesFrom, whyNotTo, type LineDestination, type ReviewLine } from '@/lib/import/review-lines';
import { foundLabel, ReviewLineRow } from './review-line-row';

/** Where the builder opens: the review step lists what is missing, each with "Go to field". */
export const BUILDER_AFTER_IMPORT = '/build?step=review';

function announce(line: ReviewLine, to: LineDestination): string {
  if (to === 'unused') return `Left out: ${line.text}`;
  if (to === 'found') return `Back in ${foundLabel(line)}: ${line.text}`;
  return `Moved to ${MOVE_TARGET_LABELS[to]}: ${line.text}`;
}

/**
 * The review screen: every source line beside the field it went to, to move or leave out; what could not
 * be placed; what the posting still lacks. Then the builder opens on the result.
 */
export function ImportReview({
  result,
  source,
  onStartAgain,
}: {
  result: ImportResult;
  source: string;
  onStartAgain: () => void;
}) {
  const router = useRouter();
  const [lines, setLines] = useState(() => reviewLinesFrom(result));
  const [notice, setNotice] = useState('');
  const [handOverFailed, setHandOverFailed] = useState(false);
  const reviewed = useMemo(() => reviewedDraft(result, lines), [result, lines]);

  const placed = lines.filter((line) => line.found.length > 0);
  const unplaced = lines.filter((line) => line.found.length === 0);
  const used = lines.filter((line) => line.to !== 'unused').length;

  function move(line: ReviewLine, to: LineDestination) {
    setLines((all) => moveLine(all, line.id, to));
    setNotice(announce(line, to));
  }

  function openBuilder() {
    if (!handOverToBuilder(importedFormValues(reviewed.draft))) return setHandOverFailed(true);
    void router.push(BUILDER_AFTER_IMPORT);
  }

  const row = (line: ReviewLine, index: number) => (
    <ReviewLineRow
      key={line.id}
      line={line}
      number={index + 1}
      whyNot={(target) => whyNotTo(reviewed.draft, line, target)}
      onMove={(to) => move(line, to)}
    />
  );

  return (
    <div className="grid gap-6">
      <p className="text-slate-700">
        From {source}: {used} of {lines.length} lines are in the posting. Check each one beside the field it went to;
        move a line with its menu, or leave it out (it stays on this list, and can come back).
      </p>
      <p className="sr-only" role="status" aria-live="polite">
        {notice}
      </p>

      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="missing-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="missing-title" className="font-semibold">
            Still to fill in ({reviewed.missing.length})
          </h2>
          {reviewed.missing.length ? (
            <>
              <p className="mt-1 text-sm text-slate-700">
                The posting did not say these: fill them in, or check what the builder starts them at.
              </p>
              <ul className="mt-2 list-disc pl-5 text-sm">
                {reviewed.missing.map((path) => (
                  <li key={path}>{fieldLabel(path)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mt-1 text-sm text-slate-700">Nothing: every field a posting needs was found.</p>
          )}
        </section>
        {result.warnings.length ? (
          <section aria-labelledby="warnings-title" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="warnings-title" className="font-semibold">
              Worth knowing ({result.warnings.length})
            </h2>
            <ul className="mt-2 list-disc pl-5 text-sm text-slate-700">
              {result.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>

      <section aria-labelledby="placed-title">
        <h2 id="placed-title" className="text-lg font-semibold">
          Lines and where they went ({placed.length})
        </h2>
        {placed.length ? (
          <ol className="mt-3 grid gap-3">{placed.map(row)}</ol>
        ) : (
          <p className="mt-2 text-sm text-slate-700">Postwright could not place any line of this posting.</p>
        )}
      </section>

      <section aria-labelledby="unplaced-title">
        <h2 id="unplaced-title" className="text-lg font-semibold">
          Not placed ({unplaced.length})
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {unplaced.length
            ? 'Postwright did not know where these belong. They are left out unless you choose a field.'
            : 'Every line of the posting found a field.'}
        </p>
        {unplaced.length ? <ol className="mt-3 grid gap-3">{unplaced.map(row)}</ol> : null}
      </section>

      <div className="sticky bottom-0 -mx-4 border-t border-slate-200 bg-white px-4 py-3 shadow-[0_-4px_12px_rgba(15,23,42,0.08)] sm:mx-0 sm:rounded-lg sm:border">
        {handOverFailed ? (
          <p role="alert" className="mb-2 text-sm font-medium text-red-800">
            This browser would not let Postwright keep the posting (private browsing, or its storage is full), so the
            builder cannot open it.
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <Button variant="primary" onClick={openBuilder}>
            Open in the builder
          </Button>
          <Button onClick={onStartAgain}>Start again</Button>
        </div>
      </div>
    </div>
  );
}
