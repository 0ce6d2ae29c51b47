import { Button } from '@/components/ui/button';
import { useBuilder } from '../builder-context';
import { useReadinessRows, type ReadinessRow } from './readiness-rows';
import { useT, type MessageId } from '../ui-text';
import { TitledSection } from '@/components/ui/titled-section';

const STATES: Record<ReadinessRow['state'], { label: MessageId; tone: string }> = {
  ready: { label: 'review.state.ready', tone: 'border-green-300 bg-green-50' },
  attention: { label: 'review.state.attention', tone: 'border-amber-300 bg-amber-50' },
  blocked: { label: 'review.state.blocked', tone: 'border-red-300 bg-red-50' },
};

/** Is the posting ready? One row per concern, with a way to the field to fix. */
export function ReadinessList() {
  const rows = useReadinessRows();
  const { goToField } = useBuilder();
  const t = useT();
  return (
    <TitledSection id="readiness-title" title={t('review.ready')} titleClassName="text-base font-semibold">
      <ul className="mt-2 grid gap-2">
        {rows.map((row) => (
          <li
            key={row.id}
            data-readiness={row.id}
            className={`rounded-md border p-3 text-sm ${STATES[row.state].tone}`}
          >
            <p>
              <span className="font-semibold">{row.title}</span>
              <span className="text-slate-700"> · {t(STATES[row.state].label)}</span>
            </p>
            <p className="mt-1">{row.summary}</p>
            {row.details?.length ? (
              <ul className="mt-2 grid gap-1.5">
                {row.details.map((detail) => (
                  <li key={`${detail.field}:${detail.text}`} className="flex flex-wrap items-center gap-2">
                    <span>{detail.text}</span>
                    {detail.field ? (
                      <Button size="sm" onClick={() => goToField(detail.field!)}>
                        {t('review.goToField')}
                        <span className="sr-only">: {detail.text}</span>
                      </Button>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </TitledSection>
  );
}
