import type { Language } from '../draft/draft-schema';
import { de } from './messages/de';
import { en } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { nl } from './messages/nl';

// One message table per posting language. Every table has the English one's shape, so a key missing in any
// language fails `tsc` rather than a render.

export type RenderMessages = typeof en;

const MESSAGES: Record<Language, RenderMessages> = { en, de, fr, es, nl };

export function renderMessages(language: Language | undefined): RenderMessages {
  return MESSAGES[language ?? 'en'];
}

/**
 * Fills `{name}` slots in one pass, so a value that itself holds `{…}` (user text) is never read as a slot.
 * The result is plain text; the template engine escapes it like any other value.
 */
export function fillMessage(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

function stringsOf(table: unknown): string[] {
  if (typeof table === 'string') return [table];
  return Object.values(table as Record<string, unknown>).flatMap(stringsOf);
}

/** Every string of every language's table: the fixed words a render may output. */
export function allMessageStrings(): string[] {
  return Object.values(MESSAGES).flatMap(stringsOf);
}
