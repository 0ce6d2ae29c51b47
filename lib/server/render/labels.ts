import { en } from '../../shared/render/messages/en';

// The English words for the draft's enum values, for the builder and the publishing pages (still English-only).
// Renders take them in the posting's language from render-messages.ts.

export const SENIORITY_LABELS = en.seniority;
export const EMPLOYMENT_TYPE_LABELS = en.employmentType;
export const WORKPLACE_LABELS = en.workplace;
export const PAY_PERIOD_LABELS = en.payPeriod;
