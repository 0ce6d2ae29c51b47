import { z } from 'zod';
import { draftSchema, type Draft, type Language } from '../../../shared/draft/draft-schema';
import drafts from './language-drafts.json' with { type: 'json' };

// One full posting per non-English language (language-drafts.json), its user text written in that language
// too, so a render of it should carry no English at all but product names among the catalog's skill names (the
// rest follow the draft's language: content/roles/i18n) and the employer's own addresses. Each exercises a
// different workplace, currency and pay period. Parsed here, so a fixture the schema refuses fails at once.

const languageDraftsSchema = z.strictObject({ de: draftSchema, fr: draftSchema, es: draftSchema, nl: draftSchema });

export const LANGUAGE_DRAFTS: Record<Exclude<Language, 'en'>, Draft> = languageDraftsSchema.parse(drafts);

export const { de: germanDraft, fr: frenchDraft, es: spanishDraft, nl: dutchDraft } = LANGUAGE_DRAFTS;
