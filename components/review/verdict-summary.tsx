import type { ReviewVerdict } from '@/lib/review/review-schema';
import { verdictLabel } from './review-format';

/** The verdict of each version, newest first: "Approved v3 by Priya", "Changes requested on v2 by Sam". */
export function VerdictSummary({
  verdicts,
  approvedVersion,
  latestVersion,
}: {
  verdicts: ReviewVerdict[];
  approvedVersion: number | null;
  latestVersion: number | null;
}) {
  if (verdicts.length === 0) return <p className="text-sm text-slate-700">No verdicts yet.</p>;
  const older = approvedVersion !== null && latestVersion !== null && approvedVersion < latestVersion;
  return (
    <div className="grid gap-2 text-sm">
      <p className="font-medium" data-testid="approval-state">
        {approvedVersion === null
          ? 'Not approved yet.'
          : older
            ? `Approved version ${approvedVersion} is an older version: version ${latestVersion} has not been approved.`
            : `Version ${approvedVersion} is approved.`}
      </p>
      <ul className="grid gap-1">
        {[...verdicts].reverse().map((v) => (
          <li key={v.id}>
            <span className={v.verdict === 'approve' ? 'font-semibold text-green-800' : 'font-semibold text-red-800'}>
              {verdictLabel(v)}
            </span>
            {latestVersion !== null && v.version < latestVersion ? ' (an older version)' : ''}
            {v.note ? <span className="block whitespace-pre-line break-words text-slate-700">“{v.note}”</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
