import type { Compensation } from '../../shared/draft/draft-schema';
import type { Block } from './blocks';
import { classifyHeading } from './classify-heading';
import { applyScore, findClosingDate, findEmail, webAddress } from './find-apply';
import { findPay } from './find-pay';
import { employmentTypeOf, placeOf, seniorityOf, workplaceOf, type FoundPlace } from './job-facts';
import { LIMITS, type Placement } from './placement';
import type { TaggedBlock } from './tag-sections';

// The facts of a posting stated in lines of their own (the title, the company under it, "Location: …",
// "💰 $140k 🌎 Remote"), and those any line may state (the apply link or address, the closing date).

export interface Facts {
  title?: string;
  company?: string;
  department?: string;
  place?: FoundPlace;
  workplace?: ReturnType<typeof workplaceOf>;
  employmentType?: ReturnType<typeof employmentTypeOf>;
  seniority?: ReturnType<typeof seniorityOf>;
  compensation?: Compensation;
  applyUrl?: { url: string; score: number };
  website?: string;
  email?: string;
  closingDate?: string;
}

const LABELLED =
  /^(workplace|location|where|employment type|employment|type|seniority|level|pay|salary|compensation|department|team|applications close|closing date|apply by|standort|arbeitsort|lieu|ubicación|locatie|gehalt|salaire|salario|salaris)\s*:\s*(.+)$/i;
const META_MARK = /[💰🌎📍🏢⏰🕐]/u;

function stripMetaMarks(text: string): string {
  return text
    .replace(/[\u{1F300}-\u{1FAFF}\u2600-\u27BF]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads a line of facts (labelled, or marked with 💰/🌎, or a bare place); true when the line was only that. */
export function readFactLine(text: string, facts: Facts, place: Placement): boolean {
  const labelled = LABELLED.exec(text);
  if (labelled) {
    const [, rawLabel, value] = labelled;
    const label = rawLabel!.toLowerCase();
    if (/workplace|location|where|standort|arbeitsort|lieu|ubicación|locatie/.test(label)) {
      facts.workplace ??= workplaceOf(value!);
      const found = placeOf(
        value!.replace(/^(?:hybrid|remote|on-site)(?:,| -)?\s*(?:based in|with the team based in)?/i, ''),
      );
      if (found) facts.place ??= found;
      place.place(found ? 'job.location' : 'job.workplace', text);
      return true;
    }
    if (/employment|type/.test(label) && employmentTypeOf(value!)) {
      facts.employmentType ??= employmentTypeOf(value!);
      place.place('job.employmentType', text);
      return true;
    }
    if (/seniority|level/.test(label) && seniorityOf(value!)) {
      facts.seniority ??= seniorityOf(value!);
      place.place('job.seniority', text);
      return true;
    }
    if (/pay|salary|compensation|gehalt|salaire|salario|salaris/.test(label)) {
      const pay = findPay(value!);
      if (pay) {
        facts.compensation ??= pay.compensation;
        place.place('compensation', text);
        return true;
      }
    }
    if (/department|team/.test(label) && value!.length <= 100) {
      facts.department ??= value!.trim();
      place.place('job.department', text);
      return true;
    }
    if (/close|closing|apply by/.test(label)) {
      const date = findClosingDate(`closing ${value}`);
      if (date) {
        facts.closingDate ??= date;
        place.place('apply.closingDate', text);
        return true;
      }
    }
  }
  if (META_MARK.test(text)) {
    const parts = text
      .split(/\s{2,}|(?=[💰🌎📍])/u)
      .map(stripMetaMarks)
      .filter(Boolean);
    let understood = false;
    for (const part of parts) {
      const pay = findPay(part);
      if (pay) {
        facts.compensation ??= pay.compensation;
        understood = true;
        continue;
      }
      const workplace = workplaceOf(part);
      if (workplace) facts.workplace ??= workplace;
      const found = placeOf(part);
      if (found) facts.place ??= found;
      if (workplace || found) understood = true;
    }
    if (understood) place.place('job.location', text);
    return understood;
  }
  return false;
}

function isTitleCandidate(block: Block): boolean {
  return block.text.length <= LIMITS.title && !/[.!?]$/.test(block.text) && classifyHeading(block.text) === null;
}

/** Title, company and the lines of facts at the top of the posting, before its first section. */
export function readTop(tagged: TaggedBlock[], facts: Facts, place: Placement, consumed: Set<number>) {
  const top = tagged.map((t, i) => ({ ...t, i })).filter((t) => t.section === 'top' && !t.opensSection);
  const first = top[0];
  if (first && isTitleCandidate(first.block) && (first.block.kind === 'heading' || first.i === 0)) {
    facts.title = first.block.text;
    for (const link of first.block.links) noteLink(link, first.block.text, facts, 1);
    place.place('job.title', first.block.text);
    consumed.add(first.i);
  }
  for (const { block, i } of top.slice(facts.title ? 1 : 0, 8)) {
    if (block.kind === 'paragraph' && block.text.length > 80) break;
    if (readFactLine(block.text, facts, place)) {
      consumed.add(i);
      continue;
    }
    if (block.kind === 'heading' || block.level === 0) {
      const found = block.text.length <= 60 && !/[.!?]$/.test(block.text) ? placeOf(block.text) : null;
      if (found && (found.country || /,/.test(block.text))) {
        facts.place ??= found;
        facts.workplace ??= workplaceOf(block.text);
        place.place('job.location', block.text);
        consumed.add(i);
        continue;
      }
    }
    if (
      !facts.company &&
      (block.kind === 'heading' || (block.kind === 'paragraph' && / · /.test(block.text))) &&
      block.text.length <= LIMITS.company &&
      block.text.split(/\s+/).length <= 8 &&
      !/[.!?:]$/.test(block.text)
    ) {
      // Postwright's own exports write "Company · Department" under the title.
      const [company, department] = block.text.split(/\s+·\s+/);
      if (company && company.toLowerCase() !== 'none') {
        facts.company = company;
        if (department) facts.department ??= department;
        place.place('company.name', block.text);
        consumed.add(i);
      }
    }
  }
}

function noteLink(url: string, lineText: string, facts: Facts, bonus = 0) {
  if (url.startsWith('mailto:')) {
    facts.email ??= findEmail(url) ?? undefined;
    return;
  }
  const address = webAddress(url);
  if (!address) return;
  const score = applyScore(address, lineText) + bonus;
  if (!facts.applyUrl || score > facts.applyUrl.score) facts.applyUrl = { url: address, score };
}

/** Facts any line may state, wherever it is: pay, the apply link or address, the closing date, and the rest. */
export function scanLine(block: Block, facts: Facts) {
  const text = block.text;
  for (const link of block.links) noteLink(link, text, facts);
  const inText = webAddress(text);
  if (inText) noteLink(inText, text, facts);
  const email = findEmail(text);
  if (email && /\b(?:apply|send|email|e-mail|write|contact|application|cv|resume|bewerb|envoy|envía|stuur)/i.test(text))
    facts.email ??= email;
  facts.closingDate ??= findClosingDate(text) ?? undefined;
  facts.employmentType ??= employmentTypeOf(text);
}
