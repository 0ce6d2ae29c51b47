import type { PublishedJob } from './publishing-store';
import { PAY_PERIOD_LABELS } from '../render/labels';
import { collapseInline } from '../render/markdown-escape';
import { jobLocationLine } from './job-location';
import { jobUrl } from './job-urls';
import type { PublicJob } from '../../shared/publishing/jobs-api-contract';
import { publicDraft } from './public-draft';

// One live job as the public jobs API shows it (Greenhouse's job-board field names).

const toCents = (amount: number) => Math.round(amount * 100);

export function publicJobFields(job: PublishedJob, base: string): PublicJob {
  const draft = publicDraft(job.draft);
  const department = draft.job.department ? collapseInline(draft.job.department) : '';
  const pay = draft.compensation;
  const language = draft.language ?? 'en';
  return {
    id: job.id,
    title: collapseInline(draft.job.title),
    updated_at: job.publishedAt,
    location: { name: jobLocationLine(draft) },
    absolute_url: jobUrl(base, job.id),
    language,
    departments: department ? [{ name: department }] : [],
    ...(pay
      ? {
          pay_input_ranges: [
            {
              min_cents: toCents(pay.min),
              max_cents: toCents(pay.max),
              currency_type: pay.currency,
              title: PAY_PERIOD_LABELS[pay.period],
              period: pay.period,
            },
          ],
        }
      : {}),
  };
}
