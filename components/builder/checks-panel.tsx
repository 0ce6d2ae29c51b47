'use client';

import type { Finding } from '@/lib/checks/finding';

const GROUPS = [
  { severity: 'error', title: 'Must fix', tone: 'border-red-300 bg-red-50' },
  { severity: 'warning', title: 'Worth fixing', tone: 'border-amber-300 bg-amber-50' },
  { severity: 'info', title: 'Good to know', tone: 'border-slate-200 bg-white' },
] as const;

/** Findings grouped by severity; each can take the user to its field or apply its suggestion. */
export function ChecksPanel({
  findings,
  onGoTo,
  onApplyFix,
}: {
  findings: Finding[];
  onGoTo: (field: string) => void;
  onApplyFix: (finding: Finding) => void;
}) {
  return (
    <section aria-labelledby="checks-title" className="no-print rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="checks-title" className="text-sm font-semibold text-slate-700">
        Checks{' '}
        <span className="font-normal">
          ({findings.length === 0 ? 'nothing to flag' : `${findings.length} finding${findings.length === 1 ? '' : 's'}`}
          )
        </span>
      </h2>
      {GROUPS.map((group) => {
        const items = findings.filter((f) => f.severity === group.severity);
        if (!items.length) return null;
        return (
          <div key={group.severity} className="mt-3">
            <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-700">
              {group.title} ({items.length})
            </h3>
            <ul className="mt-2 grid gap-2">
              {items.map((finding) => (
                <li
                  key={finding.id}
                  className={`rounded-md border p-3 text-sm ${group.tone}`}
                  data-finding={finding.check}
                >
                  <p>{finding.message}</p>
                  {finding.excerpt ? <p className="mt-1 text-slate-700">“{finding.excerpt}”</p> : null}
                  {finding.suggestion ? <p className="mt-1 text-slate-800">{finding.suggestion}</p> : null}
                  {finding.details?.sources?.[0] ? (
                    <p className="mt-1 text-xs text-slate-600">
                      Source:{' '}
                      {finding.details.sources[0].url ? (
                        <a
                          href={finding.details.sources[0].url}
                          target="_blank"
                          rel="noopener noreferrer"
                          className="underline"
                        >
                          {finding.details.sources[0].title}
                        </a>
                      ) : (
                        finding.details.sources[0].title
                      )}
                    </p>
                  ) : null}
                  <div className="mt-2 flex flex-wrap gap-2">
                    {finding.fix ? (
                      <button
                        type="button"
                        onClick={() => onApplyFix(finding)}
                        className="rounded-md bg-brand-600 px-2.5 py-1 text-xs font-semibold text-white hover:bg-brand-700"
                      >
                        Apply suggestion
                        <span className="sr-only">
                          : replace “{finding.fix.find}” with “{finding.fix.replace}”
                        </span>
                      </button>
                    ) : null}
                    {finding.field ? (
                      <button
                        type="button"
                        onClick={() => onGoTo(finding.field!)}
                        className="rounded-md border border-slate-400 bg-white px-2.5 py-1 text-xs font-medium"
                      >
                        Go to field
                      </button>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
