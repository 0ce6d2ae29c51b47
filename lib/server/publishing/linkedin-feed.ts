import type { EmploymentType, Seniority, Workplace } from '../../shared/draft/draft-schema';
import type { PublishedJob } from './publishing-store';
import { renderHtml } from '../render/html';
import { jobLocationLine, jobLocationParts } from './job-location';
import { jobUrl } from './job-urls';
import { publicDraft } from './public-draft';
import { buildFeedDocument, SOURCE_OF_JOBS, type FeedDocument, type FeedSpec } from './feed-document';
import { cdataElement } from './xml-text';

// LinkedIn's Basic Jobs XML feed
// (https://learn.microsoft.com/en-us/linkedin/talent/job-postings/xml-feeds-development-guide): mandatory
// partnerJobId, company, title, description, location and applyUrl, plus the recommended fields the draft has.

const LINKEDIN_JOB_TYPES: Record<EmploymentType, string> = {
  FULL_TIME: 'FULL_TIME',
  PART_TIME: 'PART_TIME',
  CONTRACTOR: 'CONTRACT',
  TEMPORARY: 'TEMPORARY',
  INTERN: 'INTERNSHIP',
};

const LINKEDIN_WORKPLACE_TYPES: Record<Workplace, string> = {
  onsite: 'On-site',
  hybrid: 'Hybrid',
  remote: 'Remote',
};

const LINKEDIN_EXPERIENCE_LEVELS: Record<Seniority, string> = {
  junior: 'ENTRY_LEVEL',
  mid: 'MID_SENIOR_LEVEL',
  senior: 'MID_SENIOR_LEVEL',
  lead: 'MID_SENIOR_LEVEL',
  principal: 'DIRECTOR',
};

/** How this feed writes its head and each job, on `base`. */
export function linkedInFeedSpec(base: string, builtAt: Date): FeedSpec {
  return {
    kind: 'linkedin',
    ...SOURCE_OF_JOBS,
    writeHead(source, jobCount) {
      source.ele('lastBuildDate').txt(builtAt.toUTCString());
      source.ele('publisherUrl').txt(base);
      source.ele('publisher').txt('Postwright');
      source.ele('expectedJobCount').txt(String(jobCount));
    },
    writeJob(element, job) {
      const draft = publicDraft(job.draft);
      const location = jobLocationParts(draft);
      cdataElement(element, 'partnerJobId', job.id);
      cdataElement(element, 'company', draft.company.name.trim());
      cdataElement(element, 'title', draft.job.title.trim());
      cdataElement(element, 'description', renderHtml(draft));
      // With no application link of its own, candidates apply from the public job page, which names the email.
      cdataElement(element, 'applyUrl', draft.apply.url ?? jobUrl(base, job.id));
      cdataElement(element, 'location', jobLocationLine(draft));
      cdataElement(element, 'city', location.city);
      cdataElement(element, 'state', location.region);
      cdataElement(element, 'country', location.country);
      cdataElement(element, 'workplaceTypes', LINKEDIN_WORKPLACE_TYPES[draft.job.workplace]);
      cdataElement(element, 'jobtype', LINKEDIN_JOB_TYPES[draft.job.employmentType]);
      cdataElement(element, 'experienceLevel', LINKEDIN_EXPERIENCE_LEVELS[draft.job.seniority]);
      cdataElement(element, 'listDate', job.firstPublishedAt);
      if (job.closesAt) cdataElement(element, 'expirationDate', job.closesAt);
    },
  };
}

export function buildLinkedInFeed(jobs: readonly PublishedJob[], base: string, builtAt: Date): Promise<FeedDocument> {
  return buildFeedDocument(linkedInFeedSpec(base, builtAt), jobs, base);
}
