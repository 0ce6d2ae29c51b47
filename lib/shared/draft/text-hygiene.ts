import * as z from 'zod/mini';
import type { DraftRule } from './draft-schema';

// What user text may hold, for drafts and reviews alike. Each output (HTML, PDF, Word, XML feeds, JSON-LD,
// PostgreSQL) treats control characters, noncharacters and broken surrogates differently (dropped, escaped,
// refused, crashed on), so they are refused at the door. Text-direction controls make a name read as
// another ("\u202erenwO" shows as "Owner"), so names refuse them too; prose keeps them for right-to-left text.

/** `name`: one line that names someone or something; `line`: one line; `multiline`: tab and line breaks allowed. */
export type TextKind = 'name' | 'line' | 'multiline';

// C0 and C1 controls (and DEL), noncharacters (U+FDD0–FDEF, U+xFFFE/xFFFF), lone surrogates.
const BROKEN = /[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]/u;
const BROKEN_BUT_LINE_BREAKS = /(?![\t\n\r])[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]/u;
const DIRECTION_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** True if `text` holds no character its kind refuses. */
export function isCleanText(text: string, kind: TextKind): boolean {
  if ((kind === 'multiline' ? BROKEN_BUT_LINE_BREAKS : BROKEN).test(text)) return false;
  return kind !== 'name' || !DIRECTION_CONTROL.test(text);
}

/** The zod check for a text field: a 400 naming the field (its `issues` path) when the text is refused. */
export function cleanText(label: string, kind: TextKind) {
  const allowed = kind === 'multiline' ? 'control characters other than tab and line breaks' : 'control characters';
  const also = kind === 'name' ? ', text-direction controls' : '';
  return z.refine<string>((text) => isCleanText(text, kind), {
    error: `${label} must not contain ${allowed}${also}, noncharacters or broken surrogate pairs`,
    params: { rule: 'clean-text' satisfies DraftRule },
  });
}
