import type { ReviewVerdict } from '@/lib/shared/review/review-schema';
import { useT } from '@/components/builder/ui-text';

/**
 * The verdict of each version, newest first: "Approved v3 by Priya", "Changes requested on v2 by Sam". On the
 * builder's review step only, in the builder's language.
 */
export function VerdictSummary({
  verdicts,
  approvedVersion,
  latestVersion,
}: {
  verdicts: ReviewVerdict[];
  approvedVersion: number | null;
  latestVersion: number | null;
}) {
  const t = useT();
  if (verdicts.length === 0) return <p className="text-sm text-slate-700">{t('verdicts.none')}</p>;
  const older = approvedVersion !== null && latestVersion !== null && approvedVersion < latestVersion;
  return (
    <div className="grid gap-2 text-sm">
      <p className="font-medium" data-testid="approval-state">
        {approvedVersion === null
          ? t('verdicts.notApproved')
          : older
            ? t('verdicts.approvedOlder', { approved: approvedVersion, latest: latestVersion })
            : t('verdicts.approved', { approved: approvedVersion })}
      </p>
      <ul className="grid gap-1">
        {[...verdicts].reverse().map((v) => (
          <li key={v.id}>
            <span className={v.verdict === 'approve' ? 'font-semibold text-green-800' : 'font-semibold text-red-800'}>
              {t(v.verdict === 'approve' ? 'verdicts.approvedBy' : 'verdicts.changesBy', {
                version: v.version,
                author: v.author,
              })}
            </span>
            {latestVersion !== null && v.version < latestVersion ? t('verdicts.olderVersion') : ''}
            {v.note ? <span className="block whitespace-pre-line break-words text-slate-700">“{v.note}”</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
