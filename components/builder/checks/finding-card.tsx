import { useId, useState, type ReactNode } from 'react';
import type { StandingFinding } from '@/lib/shared/checks/finding';
import { dismissalSchema } from '@/lib/shared/draft/draft-schema';
import { Button } from '@/components/ui/button';
import { useFindingActions } from './use-finding-actions';
import { useT, type MessageId } from '../ui-text';

const TONE = {
  error: 'border-red-300 bg-red-50',
  warning: 'border-amber-300 bg-amber-50',
  info: 'border-slate-200 bg-white',
} as const;
const LABEL: Record<StandingFinding['severity'], MessageId> = {
  error: 'checks.mustFix',
  warning: 'checks.worthFixing',
  info: 'checks.goodToKnow',
};

/** What sits behind the short message: the reasoning, the places, the sources. */
export function FindingWhy({ finding }: { finding: StandingFinding }) {
  const { details } = finding;
  const t = useT();
  if (!details || (!details.why && !details.places?.length && !details.sources?.length)) return null;
  return (
    <details className="mt-1 text-sm">
      <summary className="cursor-pointer text-brand-700 underline">{t('finding.why')}</summary>
      {details.why ? <p className="mt-1 text-slate-800">{details.why}</p> : null}
      {details.places?.length ? (
        <ul className="mt-1 list-disc pl-5 text-slate-800">
          {details.places.map((place) => (
            <li key={place}>{place}</li>
          ))}
        </ul>
      ) : null}
      {details.sources?.length ? (
        <ul className="mt-1 grid gap-0.5 text-xs text-slate-700">
          {details.sources.map((source) => (
            <li key={source.title}>
              {t('finding.source')}{' '}
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer" className="underline">
                  {source.title}
                </a>
              ) : (
                source.title
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}

/** Asks why the author keeps what a finding flags; the reason is stored in the draft with the dismissal. */
export function DismissForm({ finding, onDone }: { finding: StandingFinding; onDone: () => void }) {
  const { dismiss } = useFindingActions();
  const [reason, setReason] = useState('');
  const id = useId();
  const t = useT();
  // The draft's own rule for a reason (length, something visible, no control characters).
  const valid = dismissalSchema.shape.reason.safeParse(reason).success;
  return (
    <form
      className="mt-2 grid gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid) return;
        dismiss(finding, reason);
        onDone();
      }}
    >
      <label htmlFor={id} className="text-sm font-medium text-slate-900">
        {t('finding.whyKeep')} <span className="font-normal text-slate-700">{t('finding.savedWithPosting')}</span>
      </label>
      <input
        id={id}
        value={reason}
        maxLength={200}
        onChange={(event) => setReason(event.target.value)}
        className="block w-full rounded-md border border-slate-400 bg-white px-2 py-1 text-sm"
        autoFocus
      />
      <div className="flex gap-2">
        <Button type="submit" size="sm" variant="primary" disabled={!valid}>
          {t('finding.dismissWithReason')}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          {t('finding.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** A finding's buttons, ending with Dismiss…, which swaps them for the form that asks why. */
export function FindingActions({
  finding,
  className,
  onDismissDone,
  children,
}: {
  finding: StandingFinding;
  className: string;
  /** When the dismissal is sent or cancelled; by default the buttons come back. */
  onDismissDone?: () => void;
  children: ReactNode;
}) {
  const [dismissing, setDismissing] = useState(false);
  const t = useT();
  if (dismissing) return <DismissForm finding={finding} onDone={onDismissDone ?? (() => setDismissing(false))} />;
  return (
    <div className={`${className} flex flex-wrap gap-2`}>
      {children}
      <Button size="sm" variant="ghost" onClick={() => setDismissing(true)}>
        {t('finding.dismiss')}
      </Button>
    </div>
  );
}

/** One finding: the plain sentence, the fix, the why behind a disclosure, and what can be done about it. */
export function FindingCard({ finding }: { finding: StandingFinding }) {
  const { fix, goToField } = useFindingActions();
  const t = useT();
  return (
    <li className={`rounded-md border p-3 text-sm ${TONE[finding.severity]}`} data-finding={finding.id}>
      <p>
        <span className="sr-only">{t(LABEL[finding.severity])}: </span>
        {finding.message}
      </p>
      {finding.excerpt ? <p className="mt-1 text-slate-700">“{finding.excerpt}”</p> : null}
      {finding.suggestion ? <p className="mt-1 text-slate-800">{finding.suggestion}</p> : null}
      <FindingWhy finding={finding} />
      <FindingActions finding={finding} className="mt-2">
        {finding.fix ? (
          <Button variant="primary" size="sm" onClick={() => fix(finding.fix!)}>
            {t('finding.applySuggestion')}
            <span className="sr-only">
              {t('finding.replace', { find: finding.fix.find, replace: finding.fix.replace })}
            </span>
          </Button>
        ) : null}
        {finding.field ? (
          <Button size="sm" onClick={() => goToField(finding.field!)}>
            {t('review.goToField')}
          </Button>
        ) : null}
      </FindingActions>
    </li>
  );
}
