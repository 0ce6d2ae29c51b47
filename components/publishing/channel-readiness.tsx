'use client';

import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { toDraftInput, type FormValues } from '@/lib/draft/form-values';
import { channelReadiness, type ChannelReadiness, type DraftLike } from '@/lib/publishing/readiness';

/**
 * The review step's readiness rows: for each channel (content/channels/), ready or exactly what is missing,
 * each with a way to the field. Recomputed from the form as the author types.
 */
export function ChannelReadinessRows({ onGoToField }: { onGoToField: (field: string) => void }) {
  const values = useWatch() as FormValues;
  const rows = useMemo(() => channelReadiness(toDraftInput(values) as DraftLike), [values]);
  return (
    <section aria-labelledby="readiness-title" className="rounded-md border border-slate-200 bg-white p-4">
      <h3 id="readiness-title" className="text-base font-semibold">
        Ready to publish?
      </h3>
      <p className="mt-1 text-sm text-slate-700">What each job board and document format needs from this posting.</p>
      <ul className="mt-3 grid gap-3">
        {rows.map((row) => (
          <ReadinessRow key={row.channel} row={row} onGoToField={onGoToField} />
        ))}
      </ul>
    </section>
  );
}

function ReadinessRow({ row, onGoToField }: { row: ChannelReadiness; onGoToField: (field: string) => void }) {
  const required = row.missing.filter((m) => m.level === 'required');
  const recommended = row.missing.filter((m) => m.level === 'recommended');
  return (
    <li
      className="rounded-md border border-slate-200 p-3 text-sm"
      data-channel={row.channel}
      data-ready={row.ready}
      aria-label={`${row.name}: ${row.ready ? 'ready' : 'not ready'}`}
    >
      <p className="flex flex-wrap items-center gap-2">
        <span
          className={
            row.ready
              ? 'rounded bg-green-100 px-1.5 py-0.5 text-xs font-semibold text-green-900'
              : 'rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-950'
          }
        >
          {row.ready ? 'Ready' : 'Not ready'}
        </span>
        <strong>{row.name}</strong>
      </p>
      {row.missing.length ? (
        <ul className="mt-2 grid gap-1.5">
          {[...required, ...recommended].map((item) => (
            <li key={item.rule} className="flex flex-wrap items-center justify-between gap-2">
              <span>
                {item.level === 'required' ? 'Missing: ' : 'Recommended: '}
                {item.missing}
                <span className="block text-xs text-slate-600">{item.why}</span>
              </span>
              <Button size="sm" variant="ghost" onClick={() => onGoToField(item.field)}>
                Go to field<span className="sr-only">: {item.missing}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-1 text-xs text-slate-600">
        Rules from{' '}
        {row.source.url ? (
          <a className="underline" href={row.source.url} rel="noreferrer" target="_blank">
            {row.source.title}
          </a>
        ) : (
          row.source.title
        )}
      </p>
    </li>
  );
}
