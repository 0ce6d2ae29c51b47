import type { Draft } from '../../shared/draft/draft-schema';
import { xmlSafeText } from './xml-text';

/**
 * The draft as the public sees it: every text without the control characters XML forbids, nor the C1 controls
 * (U+007F–U+009F, which XML discourages and HTML treats as errors): no one types them on purpose, and renderers
 * disagree on them. The page, its JSON-LD and the feeds all start from this, so they say the same thing.
 */
const C1_CONTROLS = /[\u007F-\u009F]/g;

/** One text as the public sees it (see publicDraft). */
export function publicText(text: string): string {
  return xmlSafeText(text).replace(C1_CONTROLS, '');
}

export function publicDraft(draft: Draft): Draft {
  return cleanStrings(draft) as Draft;
}

function cleanStrings(value: unknown): unknown {
  if (typeof value === 'string') return publicText(value);
  if (Array.isArray(value)) return value.map(cleanStrings);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, cleanStrings(inner)]));
  }
  return value;
}
