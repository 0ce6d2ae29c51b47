import { useRouter } from 'next/router';
import { useMemo, useState } from 'react';
import { useSiteT, type SiteTranslate } from '@/components/site-text/site-text';
import { Button } from '@/components/ui/button';
import { handOverToBuilder } from '@/lib/browser/storage/builder-handoff';
import type { ImportResult } from '@/lib/shared/import/import-contract';
import { reviewedDraft } from '@/lib/shared/import/review-draft';
import { importedFormValues } from '@/lib/shared/import/review-form-values';
import {
  moveLine,
  reviewLinesFrom,
  whyNotTo,
  type LineDestination,
  type ReviewLine,
} from '@/lib/shared/import/review-lines';
import { fieldLabel, foundLabel, moveTargetLabel } from './field-words';
import type { ImportSource } from './import-start';
import { ReviewLineRow } from './review-line-row';

/** Where the builder opens: the review step lists what is missing, each with "Go to field". */
export const BUILDER_AFTER_IMPORT = '/build?step=review';

function announce(t: SiteTranslate, line: ReviewLine, to: LineDestination): string {
  if (to === 'unused') return t('import.announceLeftOut', { text: line.text });
  if (to === 'found') return t('import.announceBack', { field: foundLabel(t, line.found), text: line.text });
  return t('import.announceMoved', { field: moveTargetLabel(t, to), text: line.text });
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
  source: ImportSource;
  onStartAgain: () => void;
}) {
  const t = useSiteT();
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
    setNotice(announce(t, line, to));
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
        {source.file === null
          ? t('import.fromPasted', { used, total: lines.length })
          : t('import.fromFile', { file: source.file, used, total: lines.length })}{' '}
        {t('import.howToCheck')}
      </p>
      <p className="sr-only" role="status" aria-live="polite">
        {notice}
      </p>

      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="missing-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="missing-title" className="font-semibold">
            {t('import.missingHeading', { count: reviewed.missing.length })}
          </h2>
          {reviewed.missing.length ? (
            <>
              <p className="mt-1 text-sm text-slate-700">{t('import.missingHint')}</p>
              <ul className="mt-2 list-disc pl-5 text-sm">
                {reviewed.missing.map((path) => (
                  <li key={path}>{fieldLabel(t, path)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mt-1 text-sm text-slate-700">{t('import.nothingMissing')}</p>
          )}
        </section>
        {result.warnings.length ? (
          <section aria-labelledby="warnings-title" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="warnings-title" className="font-semibold">
              {t('import.warningsHeading', { count: result.warnings.length })}
            </h2>
            {/* The importer's own notes, in the API's language. */}
            <ul lang="en" className="mt-2 list-disc pl-5 text-sm text-slate-700">
              {result.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>

      <section aria-labelledby="placed-title">
        <h2 id="placed-title" className="text-lg font-semibold">
          {t('import.placedHeading', { count: placed.length })}
        </h2>
        {placed.length ? (
          <ol className="mt-3 grid gap-3">{placed.map(row)}</ol>
        ) : (
          <p className="mt-2 text-sm text-slate-700">{t('import.nonePlaced')}</p>
        )}
      </section>

      <section aria-labelledby="unplaced-title">
        <h2 id="unplaced-title" className="text-lg font-semibold">
          {t('import.unplacedHeading', { count: unplaced.length })}
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {unplaced.length ? t('import.unplacedHint') : t('import.allPlaced')}
        </p>
        {unplaced.length ? <ol className="mt-3 grid gap-3">{unplaced.map(row)}</ol> : null}
      </section>

      <div className="sticky bottom-0 -mx-4 border-t border-slate-200 bg-white px-4 py-3 shadow-[0_-4px_12px_rgba(15,23,42,0.08)] sm:mx-0 sm:rounded-lg sm:border">
        {handOverFailed ? (
          <p role="alert" className="mb-2 text-sm font-medium text-red-800">
            {t('import.handOverFailed')}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <Button variant="primary" onClick={openBuilder}>
            {t('import.openBuilder')}
          </Button>
          <Button onClick={onStartAgain}>{t('import.startAgain')}</Button>
        </div>
      </div>
    </div>
  );
}
