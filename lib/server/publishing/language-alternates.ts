import { draftLanguage } from '../../shared/draft/shared-fields';
import type { PublishedJob } from './publishing-store';
import { jobUrl } from './job-urls';

// The language versions of one posting link each other (spec "Languages"): each live version's page and
// sitemap entry name every live version of its group, itself included, by `hreflang`, and `x-default` names
// the group's first posting while it is live (Google: https://developers.google.com/search/docs/specialty/international/localized-versions).
// The links are worked out from the live set alone, so a page and the sitemap can never disagree, and every
// link is reciprocal: each version in a group's list carries the very same list.

export interface LanguageAlternate {
  /** A language code (`de`) or `x-default`. */
  hreflang: string;
  id: string;
}

/**
 * For each live job whose group has two or more live languages: its alternates, sorted by language, with
 * x-default last. A group whose published versions share a language (one was switched after it was
 * published) links the one that was published first; the other gets no alternates until it is published again.
 */
export function languageAlternates(jobs: readonly PublishedJob[]): Map<string, readonly LanguageAlternate[]> {
  const groups = new Map<string, PublishedJob[]>();
  for (const job of jobs) {
    if (!job.groupId) continue;
    const members = groups.get(job.groupId);
    if (members) members.push(job);
    else groups.set(job.groupId, [job]);
  }
  const links = new Map<string, readonly LanguageAlternate[]>();
  for (const [groupId, members] of groups) {
    const byLanguage = new Map<string, PublishedJob>();
    const oldestFirst = [...members].sort(
      (a, b) => a.firstPublishedAt.localeCompare(b.firstPublishedAt) || a.id.localeCompare(b.id),
    );
    for (const job of oldestFirst) {
      const language = draftLanguage(job.draft);
      if (!byLanguage.has(language)) byLanguage.set(language, job);
    }
    if (byLanguage.size < 2) continue;
    const list: LanguageAlternate[] = [...byLanguage]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([hreflang, job]) => ({ hreflang, id: job.id }));
    if ([...byLanguage.values()].some((job) => job.id === groupId)) list.push({ hreflang: 'x-default', id: groupId });
    for (const job of byLanguage.values()) links.set(job.id, list);
  }
  return links;
}

/** The alternates as absolute links on `base`. */
export function alternateLinks(alternates: readonly LanguageAlternate[], base: string) {
  return alternates.map(({ hreflang, id }) => ({ hreflang, href: jobUrl(base, id) }));
}

/** Names a list of alternates, for the keys of cached pages and sitemap entries. */
export const alternatesKey = (alternates: readonly LanguageAlternate[] = []): string =>
  alternates.map(({ hreflang, id }) => `${hreflang}=${id}`).join(',');
