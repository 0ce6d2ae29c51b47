import { Button } from '@/components/ui/button';
import { fieldLabel, MOVE_TARGET_LABELS } from '@/lib/import/review-field-labels';
import {
  isDestination,
  MOVE_TARGETS,
  type LineDestination,
  type MoveTarget,
  type ReviewLine,
} from '@/lib/import/review-lines';

/** Where the importer put the line, in the builder's words ("Skills", "Responsibilities, item 3"). */
export function foundLabel(line: ReviewLine): string {
  return [...new Set(line.found.map(fieldLabel))].join(', ');
}

/** Where the line goes now, as a short tag beside it. */
function destinationTag(line: ReviewLine): { text: string; tone: string } {
  if (line.to === 'unused') {
    return { text: line.found.length ? 'Left out' : 'Not placed', tone: 'border-slate-400 text-slate-700' };
  }
  if (line.to === 'found') return { text: `In: ${foundLabel(line)}`, tone: 'border-emerald-700 text-emerald-800' };
  return {
    text: `Moved to: ${MOVE_TARGET_LABELS[line.to].replace(/ \(.*\)$/, '')}`,
    tone: 'border-brand-600 text-brand-700',
  };
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
  whyNot: (target: MoveTarget) => string | null;
  onMove: (to: LineDestination) => void;
}) {
  const selectId = `line-${line.id}-to`;
  const quoteId = `line-${line.id}-text`;
  const tag = destinationTag(line);
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
            <span className="text-slate-600">Found as: {foundLabel(line)}</span>
          ) : null}
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-2 sm:flex-nowrap">
        <div className="w-full min-w-0 sm:flex-1">
          <label htmlFor={selectId} className="block text-xs font-medium text-slate-700">
            Goes to<span className="sr-only"> (line {number})</span>
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
              <optgroup label="Where it was found">
                <option value="found">{foundLabel(line)}</option>
              </optgroup>
            ) : null}
            <optgroup label="Move to">
              {MOVE_TARGETS.map((target) => {
                const reason = whyNot(target);
                return (
                  <option key={target} value={target} disabled={reason !== null}>
                    {MOVE_TARGET_LABELS[target]}
                    {reason ? `: ${reason}` : ''}
                  </option>
                );
              })}
            </optgroup>
            <option value="unused">Not used</option>
          </select>
        </div>
        <div className="pb-0.5 sm:w-24 sm:shrink-0 sm:[&>button]:w-full">
          {line.to === 'unused' ? (
            placedByImporter ? (
              <Button size="sm" onClick={() => onMove('found')}>
                Restore<span className="sr-only"> line {number}</span>
              </Button>
            ) : null
          ) : (
            <Button size="sm" onClick={() => onMove('unused')}>
              Leave out<span className="sr-only"> line {number}</span>
            </Button>
          )}
        </div>
      </div>
    </li>
  );
}
