import type { ReadinessRow } from '@/components/builder/review/readiness-rows';
import { toDraftInput, type FormValues } from '@/lib/shared/draft/form-values';
import { channelReadiness, type DraftLike } from '@/lib/shared/publishing/readiness';

/**
 * The review step's readiness rows for publishing: one per channel (content/channels/), ready or exactly
 * what is missing, each with its field. A missing requirement does not stop export or sharing, so such a
 * row asks for attention rather than blocking.
 */
export function channelReadinessRows(values: FormValues): ReadinessRow[] {
  return channelReadiness(toDraftInput(values) as DraftLike).map((channel) => {
    const required = channel.missing.filter((item) => item.level === 'required');
    const recommended = channel.missing.filter((item) => item.level === 'recommended');
    const summary = channel.ready
      ? recommended.length
        ? `Ready for ${channel.name}. Recommended: ${recommended.map((item) => item.missing).join('; ')}.`
        : `Ready for ${channel.name}.`
      : `Not ready for ${channel.name}. Missing: ${required.map((item) => item.missing).join('; ')}.`;
    return {
      id: `channel-${channel.channel}`,
      title: channel.name,
      state: channel.ready ? 'ready' : 'attention',
      summary,
      details: channel.missing.map((item) => ({
        text: `${item.level === 'required' ? 'Missing' : 'Recommended'}: ${item.missing} (${item.why})`,
        field: item.field,
      })),
    };
  });
}
