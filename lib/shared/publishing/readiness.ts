import type { Draft } from '../draft/draft-schema';
import { CHANNELS, type Channel, type ChannelRule } from './channel-rules';

// Applies the channels' rules (content/channels/) to a draft: per channel, ready or exactly what is missing,
// each with the field to go to.

export interface MissingItem {
  rule: string;
  level: ChannelRule['level'];
  /** The draft path of the field to fill in, e.g. `job.location.city`. */
  field: string;
  missing: string;
  why: string;
}

export interface ChannelReadiness {
  channel: string;
  name: string;
  source: Channel['source'];
  /** Every required rule is met (recommended ones may still be listed). */
  ready: boolean;
  missing: MissingItem[];
}

/** A possibly partial draft: the form's values while the author is still typing. */
export type DraftLike = Partial<Draft> | Record<string, unknown>;

function valueAt(draft: DraftLike, path: string): unknown {
  let value: unknown = draft;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function isFilled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'number') return Number.isFinite(value);
  return value !== null && typeof value === 'object';
}

const isMet = (draft: DraftLike, entry: string) => entry.split('|').some((path) => isFilled(valueAt(draft, path)));

function applies(rule: ChannelRule, draft: DraftLike): boolean {
  if (!rule.when) return true;
  const value = valueAt(draft, rule.when.field);
  return typeof value === 'string' && rule.when.in.includes(value);
}

export function channelReadiness(draft: DraftLike, channels: readonly Channel[] = CHANNELS): ChannelReadiness[] {
  return channels.map((channel) => {
    const missing: MissingItem[] = [];
    for (const rule of channel.rules) {
      if (!applies(rule, draft)) continue;
      const unmet = rule.needs.find((entry) => !isMet(draft, entry));
      if (unmet === undefined) continue;
      missing.push({
        rule: rule.id,
        level: rule.level,
        field: unmet.split('|')[0]!,
        missing: rule.missing,
        why: rule.why,
      });
    }
    return {
      channel: channel.id,
      name: channel.name,
      source: channel.source,
      ready: missing.every((item) => item.level !== 'required'),
      missing,
    };
  });
}
