import type { Draft } from '../../shared/draft/draft-schema';
import { buildPostingView } from '../render/view-model';
import { SECTION_HEADINGS, type ReviewSection } from '../../shared/review/review-schema';

// A posting cut into the sections reviewers comment on, as plain text lines: what the review page shows
// under each heading and what the version diff compares. Built from the same view model as every export.

export interface PostingSection {
  id: ReviewSection;
  heading: string;
  /** Shown as a list (responsibilities, skills, benefits) or as paragraphs. */
  list: boolean;
  lines: string[];
}

const present = (values: (string | null | undefined)[]): string[] =>
  values.filter((v): v is string => typeof v === 'string' && v.trim() !== '');

/** Every section, in reading order, empty ones included (a reviewer may ask for what is missing). */
export function postingSections(draft: Draft): PostingSection[] {
  const view = buildPostingView(draft);
  const skill = (s: { name: string; years: string | null }) => (s.years ? `${s.name} (${s.years})` : s.name);
  const section = (id: ReviewSection, list: boolean, lines: string[]): PostingSection => ({
    id,
    heading: SECTION_HEADINGS[id],
    list,
    lines,
  });
  return [
    section('title', false, [
      view.title,
      [view.company.name, view.department].filter(Boolean).join(' · '),
      `${view.where} · ${view.employmentType} · ${view.seniority}`,
    ]),
    section('summary', false, present([view.summary])),
    section('about', false, present([view.company.about, view.company.website?.text])),
    section('responsibilities', true, view.responsibilities),
    section('requirements', true, [
      ...view.requiredSkills.map(skill),
      ...view.preferredSkills.map((s) => `${skill(s)}, nice to have`),
    ]),
    section('pay', false, present([view.pay])),
    section('benefits', true, view.benefits),
    section(
      'apply',
      false,
      present([
        view.apply.url ? `Apply online at ${view.apply.url.text}` : null,
        view.apply.email ? `Email ${view.apply.email.text}` : null,
        view.apply.closingDate ? `Applications close on ${view.apply.closingDate}` : null,
      ]),
    ),
  ];
}
