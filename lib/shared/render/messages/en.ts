import type { EmploymentType, PayPeriod, Seniority, Workplace } from '../../draft/draft-schema';
import table from './en.json' with { type: 'json' };

// The words the templates and exports add around the employer's text, in English (en.json). Every other
// language is typed from this table and parsed by a schema made from it (render-messages.ts), so a missing or
// misspelt key fails `tsc` or the load. `{name}` marks a value filled in by the view model; a link sentence is
// split into the words before, between and after its links, because the template writes the links themselves.
// `jobPage`, `jobsList` and `sharePage` are the public pages around a published posting (/jobs, /jobs/{id},
// /p/{id}, the Open Graph card); `sharePage.notices` answer a link that never existed (404), or was turned off
// or has expired (410), in the reader's language.

export const en = table satisfies {
  seniority: Record<Seniority, string>;
  employmentType: Record<EmploymentType, string>;
  workplace: Record<Workplace, string>;
  payPeriod: Record<PayPeriod, string>;
};
