import { PageNotice } from '@/components/layout/page-notice';
import type { Language } from '@/lib/shared/draft/draft-schema';
import { renderMessages } from '@/lib/shared/render/render-messages';

export type JobNoticeKind = 'not_found' | 'gone';

/** The notice's words in a language: the posting's, or the reader's when the posting is unknown. */
export function jobNoticeText(kind: JobNoticeKind, language: Language) {
  const words = renderMessages(language).jobPage;
  return kind === 'not_found' ? words.notFound : words.gone;
}

/** What /jobs/{id} shows for a job that never existed (404) or has closed or been taken down (410). */
export function JobNotice({ kind, language }: { kind: JobNoticeKind; language: Language }) {
  const link = { href: '/jobs', label: renderMessages(language).jobPage.seeOpenJobs };
  return <PageNotice notice={jobNoticeText(kind, language)} link={link} />;
}
