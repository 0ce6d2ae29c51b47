import type { EmploymentType } from '../../shared/draft/draft-schema';
import type { PublishedJob } from './publishing-store';
import { renderHtml } from '../render/html';
import { formatPay, payLocale } from '../render/intl-format';
import { jobLocationParts } from './job-location';
import { jobUrl } from './job-urls';
import { publicDraft } from './public-draft';
import { buildFeedDocument, SOURCE_OF_JOBS, type FeedDocument, type FeedSpec } from './feed-document';
import { cdataElement } from './xml-text';

// Indeed's XML job feed (https://docs.indeed.com/indeed-apply/xml-feed): a <source> with one <job> per live
// posting, every value in CDATA as Indeed asks, the description as HTML.

const INDEED_JOB_TYPES: Record<EmploymentType, string> = {
  FULL_TIME: 'fulltime',
  PART_TIME: 'parttime',
  CONTRACTOR: 'contract',
  TEMPORARY: 'temporary',
  INTERN: 'internship',
};

/** How this feed writes its head and each job, on `base`. */
export function indeedFeedSpec(base: string, builtAt: Date): FeedSpec {
  return {
    kind: 'indeed',
    ...SOURCE_OF_JOBS,
    writeHead(source) {
      source.ele('publisher').txt('Postwright');
      source.ele('publisherurl').txt(base);
      source.ele('lastBuildDate').txt(builtAt.toUTCString());
    },
    writeJob(element, job) {
      const draft = publicDraft(job.draft);
      const location = jobLocationParts(draft);
      cdataElement(element, 'title', draft.job.title.trim());
      cdataElement(element, 'date', job.firstPublishedAt);
      cdataElement(element, 'referencenumber', job.id);
      cdataElement(element, 'requisitionid', job.id);
      cdataElement(element, 'url', jobUrl(base, job.id));
      cdataElement(element, 'company', draft.company.name.trim());
      cdataElement(element, 'city', location.city);
      cdataElement(element, 'state', location.region);
      cdataElement(element, 'country', location.country);
      if (draft.apply.email) cdataElement(element, 'email', draft.apply.email);
      cdataElement(element, 'description', renderHtml(draft));
      if (draft.compensation) cdataElement(element, 'salary', formatPay(draft.compensation, payLocale(draft)));
      cdataElement(element, 'jobtype', INDEED_JOB_TYPES[draft.job.employmentType]);
      if (job.closesAt) cdataElement(element, 'expirationdate', job.closesAt);
    },
  };
}

export function buildIndeedFeed(jobs: readonly PublishedJob[], base: string, builtAt: Date): Promise<FeedDocument> {
  return buildFeedDocument(indeedFeedSpec(base, builtAt), jobs, base);
}
