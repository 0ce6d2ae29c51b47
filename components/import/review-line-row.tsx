import { useSiteT, type SiteTranslate } from '@/components/site-text/site-text';
import { Button } from '@/components/ui/button';
import {
  isDestination,
  MOVE_TARGETS,
  type LineDestination,
  type MoveTarget,
  type ReviewLine,
  type WhyNot,
} from '@/lib/shared/import/review-lines';
import { fieldLabel, foundLabel, moveTargetLabel, whyNotText } from './field-words';

/** Where the line goes now, as a short tag beside it. */
function destinationTag(t: SiteTranslate, line: ReviewLine): { text: string; tone: string } {
  if (line.to === 'unused') {
    return {
      text: line.found.length ? t('line.leftOut') : t('line.notPlaced'),
      tone: 'border-slate-400 text-slate-700',
    };
  }
  if (line.to === 'found') {
    return { text: t('line.in', { field: foundLabel(t, line.found) }), tone: 'border-emerald-700 text-emerald-800' };
  }
  return { text: t('line.movedTo', { field: fieldLabel(t, line.to) }), tone: 'border-brand-600 text-brand-700' };
}

/**
 * One source line beside where it goes: a select moves it (any field the importer could have put it in,
 * or not used), a button drops or restores it. No dragging needed, so keyboard and screen readers do it all.
 */
export function ReviewLineRow({
  line,
  number,
  whyNot,
  onMove,
}: {
  line: ReviewLine;
  /** The line's number in its list, for names that tell the rows apart ("line 4"). */
  number: number;
  whyNot: (target: MoveTarget) => WhyNot | null;
  onMove: (to: LineDestination) => void;
}) {
  const t = useSiteT();
  const selectId = `line-${line.id}-to`;
  const quoteId = `line-${line.id}-text`;
  const tag = destinationTag(t, line);
  const placedByImporter = line.found.length > 0;
  return (
    <li
      className={`grid gap-3 rounded-md border p-3 md:grid-cols-[minmax(0,1fr)_22rem] md:items-start lg:grid-cols-[minmax(0,1fr)_27rem] ${
        line.to === 'unused' ? 'border-dashed border-slate-300 bg-slate-50' : 'border-slate-200 bg-white'
      }`}
    >
      <div className="min-w-0">
        <p
          id={quoteId}
          className={`break-words ${line.to !== 'unused' ? '' : placedByImporter ? 'text-slate-600 line-through' : 'text-slate-700'}`}
        >
          {line.text}
        </p>
        <p className="mt-1.5 flex flex-wrap items-center gap-2 text-xs">
          <span className={`rounded-full border px-2 py-0.5 font-medium ${tag.tone}`}>{tag.text}</span>
          {placedByImporter && line.to !== 'found' ? (
            <span className="text-slate-600">{t('line.foundAs', { field: foundLabel(t, line.found) })}</span>
          ) : null}
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-2 sm:flex-nowrap">
        <div className="w-full min-w-0 sm:flex-1">
          <label htmlFor={selectId} className="block text-xs font-medium text-slate-700">
            {t('line.goesTo')}
            <span className="sr-only"> ({t('line.number', { number })})</span>
          </label>
          <select
            id={selectId}
            value={line.to}
            aria-describedby={quoteId}
            onChange={(event) => {
              if (isDestination(event.target.value)) onMove(event.target.value);
            }}
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm"
          >
            {placedByImporter ? (
              <optgroup label={t('line.whereFound')}>
                <option value="found">{foundLabel(t, line.found)}</option>
              </optgroup>
            ) : null}
            <optgroup label={t('line.moveTo')}>
              {MOVE_TARGETS.map((target) => {
                const reason = whyNot(target);
                return (
                  <option key={target} value={target} disabled={reason !== null}>
                    {moveTargetLabel(t, target)}
                    {reason ? `: ${whyNotText(t, reason)}` : ''}
                  </option>
                );
              })}
            </optgroup>
            <option value="unused">{t('line.notUsed')}</option>
          </select>
        </div>
        <div className="pb-0.5 sm:w-24 sm:shrink-0 sm:[&>button]:w-full">
          {line.to === 'unused' ? (
            placedByImporter ? (
              <Button size="sm" onClick={() => onMove('found')}>
                {t('line.restore')}
                <span className="sr-only"> {t('line.number', { number })}</span>
              </Button>
            ) : null
          ) : (
            <Button size="sm" onClick={() => onMove('unused')}>
              {t('line.leaveOut')}
              <span className="sr-only"> {t('line.number', { number })}</span>
            </Button>
          )}
        </div>
      </div>
    </li>
  );
}
