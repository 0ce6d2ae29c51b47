import type { ReviewVerdict } from '@/lib/shared/review/review-schema';

// Words for review state, shared by the reviewer's page and the author's builder.

export function verdictLabel(verdict: Pick<ReviewVerdict, 'verdict' | 'version' | 'author'>): string {
  return verdict.verdict === 'approve'
    ? `Approved v${verdict.version} by ${verdict.author}`
    : `Changes requested on v${verdict.version} by ${verdict.author}`;
}

// One formatter for every date, built on first use: building one per call costs more than the whole rest of
// a comment, and building it when the module loads held up the builder's start (most drafts have no comments).
// One per locale: the reviewer's page uses en-GB, the builder its own language.
const when = new Map<string, Intl.DateTimeFormat>();

export function formatWhen(iso: string, locale = 'en-GB'): string {
  let format = when.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
      timeZoneName: 'short',
    });
    when.set(locale, format);
  }
  return format.format(new Date(iso));
}
