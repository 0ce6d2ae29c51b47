'use client';

import type { Finding } from '@/lib/checks/finding';
import { formFieldFor } from '@/lib/draft/form-values';
import { Button } from '@/components/ui/button';
import { useBuilder, useBuilderPreview } from './builder-context';

const GROUPS = [
  { severity: 'error', title: 'Must fix', tone: 'border-red-300 bg-red-50' },
  { severity: 'warning', title: 'Worth fixing', tone: 'border-amber-300 bg-amber-50' },
  { severity: 'info', title: 'Good to know', tone: 'border-slate-200 bg-white' },
] as const;

/** Findings grouped by severity; each can take the user to its field or apply its suggestion. */
export function ChecksPanel() {
  const { findings } = useBuilderPreview();
  const { getValue, setValue, goToField } = useBuilder();

  function applyFix(finding: Finding) {
    if (!finding.fix) return;
    const name = formFieldFor(finding.fix.field);
    const current = getValue(name);
    if (typeof current !== 'string' || !current.includes(finding.fix.find)) return goToField(finding.fix.field);
    setValue(name, current.replace(finding.fix.find, finding.fix.replace));
  }

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
                  {finding.source ? (
                    <p className="mt-1 text-xs text-slate-600">
                      Source:{' '}
                      {finding.source.url ? (
                        <a href={finding.source.url} target="_blank" rel="noopener noreferrer" className="underline">
                          {finding.source.title}
                        </a>
                      ) : (
                        finding.source.title
                      )}
                    </p>
                  ) : null}
                  <div className="mt-2 flex flex-wrap gap-2">
                    {finding.fix ? (
                      <Button variant="primary" size="sm" onClick={() => applyFix(finding)}>
                        Apply suggestion
                        <span className="sr-only">
                          : replace “{finding.fix.find}” with “{finding.fix.replace}”
                        </span>
                      </Button>
                    ) : null}
                    {finding.field ? (
                      <Button size="sm" onClick={() => goToField(finding.field!)}>
                        Go to field
                      </Button>
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
