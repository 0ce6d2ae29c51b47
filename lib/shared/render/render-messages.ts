import type { Language } from '../draft/draft-schema';
import de from './messages/de.json' with { type: 'json' };
import { en } from './messages/en';
import es from './messages/es.json' with { type: 'json' };
import fr from './messages/fr.json' with { type: 'json' };
import nl from './messages/nl.json' with { type: 'json' };

// One message table per posting language, each a JSON file. English's is typed against the draft's enums
// (messages/en.ts); the others have English's shape: typed against it, so a missing key fails `tsc`, and held to
// exactly English's paths by render-messages.test.ts, so a stray or misspelt key fails CI. German speaks in the
// "du", Spanish (Spain) in the "tú", Dutch in the "je" of tech postings; French in the "vous" of job postings,
// with a non-breaking space before ":" and "?" as French typesetting wants.

export type RenderMessages = typeof en;

const translated: Record<Exclude<Language, 'en'>, RenderMessages> = { de, fr, es, nl };
const MESSAGES: Record<Language, RenderMessages> = { en, ...translated };

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
