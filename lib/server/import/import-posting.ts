import { DEFAULT_ROLE_ID, getRoleCatalog, type RoleCatalog } from '../../shared/catalog';
import { draftSchema } from '../../shared/draft/draft-schema';
import type { Block } from './blocks';
import { detectLanguage } from './detect-language';
import { readFactLine, readTop, scanLine, type Facts } from './fact-lines';
import { findClosingDate, findEmail, webAddress } from './find-apply';
import { findPay } from './find-pay';
import type { ImportResult } from '../../shared/import/import-contract';
import { companyFromText, seniorityOf, workplaceOf } from './job-facts';
import { cueOf } from './line-cues';
import { isStackLine, placeRequirement, skillsFromResponsibility, stackSkills } from './place-requirements';
import { LIMITS, Placement } from './placement';
import { isTask, proseTarget, roleProseTarget } from './prose-target';
import { tagSections, type SectionOrUnknown, type TaggedBlock } from './tag-sections';

// Blocks → a draft, and an account of every block: placed in a field, or unplaced. A draft field's limits
// are the schema's; what would break them goes to unplaced with a warning, so the draft validates once the
// fields in `missing` are filled.

const WEBSITE =
  /^(?:find out more|learn more|more about us|visit us|our website|website)\b[^:]*?:?\s*(?:at\s+)?<?(https?:\/\/[^\s>]+?)>?\.?$/i;

function sectionForLine(tagged: TaggedBlock): SectionOrUnknown {
  const { block, section } = tagged;
  if (section !== 'top' && section !== 'unknown') return section;
  const cue = cueOf(block.text);
  if (cue && (block.kind === 'item' || cue !== 'responsibilities')) return cue;
  return section;
}

function placeBlock(
  tagged: TaggedBlock,
  sectionHasItems: boolean,
  catalog: RoleCatalog,
  facts: Facts,
  place: Placement,
) {
  const { block } = tagged;
  const text = block.text;
  const section = sectionForLine(tagged);
  const pay = findPay(text);
  if (pay && text.length <= 160 && !facts.compensation) {
    facts.compensation = pay.compensation;
    place.place('compensation', text);
    return;
  }
  if (pay && text.length <= 160 && /^(?:the )?(?:pay|salary|compensation|base salary)\b/i.test(text)) {
    place.place('compensation', text);
    return;
  }
  // A longer sentence that gives the pay range keeps its place as text, and the range is read from it too;
  // other amounts in prose (a learning budget, a 401(k) match) are not the pay.
  if (
    pay &&
    !facts.compensation &&
    /\b(?:pay|salary|salaries|compensation|base|range|gehalt|salaire|salario)\b/i.test(text)
  ) {
    facts.compensation = pay.compensation;
  }
  const website = WEBSITE.exec(text);
  if (website && !facts.website && webAddress(website[1]!)) {
    facts.website = webAddress(website[1]!)!;
    place.place('company.website', text);
    return;
  }
  if (isStackLine(text)) stackSkills(text, catalog, place);
  switch (section) {
    case 'requirements':
    case 'preferred':
      placeRequirement(text, section === 'preferred', catalog, place, block.kind === 'item' || sectionHasItems);
      return;
    case 'responsibilities':
      skillsFromResponsibility(text, catalog, place);
      if (block.kind === 'item' || sectionHasItems || isTask(text)) place.addToList('responsibilities', text);
      else place.addProse('summary', text);
      return;
    case 'role':
      if (block.kind === 'item' && (cueOf(text) === 'responsibilities' || isTask(text))) {
        skillsFromResponsibility(text, catalog, place);
        place.addToList('responsibilities', text);
      } else {
        // The posting's first section ("Quick summary", "Overview") introduces the company as often as the job.
        const target = tagged.firstSection ? proseTarget(text) : roleProseTarget(text);
        place.addProse(block.kind === 'item' ? (place.lastProse ?? 'summary') : target, text);
      }
      return;
    case 'benefits':
      if (block.kind === 'item' || (sectionHasItems && text.length <= LIMITS.benefit))
        place.addToList('benefits', text);
      else place.addProse('about', text);
      return;
    case 'about':
      if (block.kind === 'heading') return place.leave(text);
      place.addProse('about', text);
      return;
    case 'top':
      // Before any heading, postings introduce the company (every one of the corpus does).
      if (block.kind === 'heading') return place.leave(text);
      place.addProse('about', text);
      return;
    case 'apply':
      if (facts.applyUrl || facts.email) {
        const ownUrl = block.links.some((link) => webAddress(link)) || webAddress(text) || findEmail(text);
        if (ownUrl) return place.place(facts.email && findEmail(text) ? 'apply.email' : 'apply.url', text);
      }
      if (findClosingDate(text)) return place.place('apply.closingDate', text);
      return place.leave(text);
    case 'pay':
      if (/\bbonus|stock|equity|rsu\b/i.test(text) && text.length <= LIMITS.benefit)
        return void place.addToList('benefits', text);
      return place.leave(text);
    default:
      if (findClosingDate(text)) return place.place('apply.closingDate', text);
      if (block.kind === 'paragraph' && section === 'unknown' && text.length > 80)
        return place.addProse(proseTarget(text), text);
      return place.leave(text);
  }
}

function missingPaths(draft: Record<string, unknown>): string[] {
  const parsed = draftSchema.safeParse(draft);
  if (parsed.success) return [];
  const paths = new Set<string>();
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    paths.add(path.startsWith('apply') && !path.startsWith('apply.closingDate') ? 'apply' : path);
  }
  return [...paths];
}

export interface ImportOptions {
  roleId?: string;
}

/** A posting read into blocks → the import result (spec "Import"). Pure and synchronous: bounded by the blocks. */
export function importBlocks(blocks: Block[], options: ImportOptions = {}): ImportResult {
  const roleId = options.roleId ?? DEFAULT_ROLE_ID;
  const catalog = getRoleCatalog(roleId)!;
  const place = new Placement();
  const facts: Facts = {};
  const tagged = tagSections(blocks);
  const consumed = new Set<number>();
  readTop(tagged, facts, place, consumed);

  const itemsIn = new Map<string, boolean>();
  let group = 0;
  const groups = tagged.map((t) => (t.opensSection || t.block.kind === 'heading' ? ++group : group));
  tagged.forEach((t, i) => {
    if (t.block.kind === 'item') itemsIn.set(String(groups[i]), true);
  });

  tagged.forEach((t, i) => {
    if (consumed.has(i) || t.opensSection) return;
    scanLine(t.block, facts);
    // A block of links alone (a PDF's link annotations) has no text to place.
    if (t.block.text === '') return;
    if (t.block.kind === 'heading' && t.section === 'pay') {
      if (readFactLine(t.block.text, facts, place)) return;
      return placeBlock({ ...t, block: { ...t.block, kind: 'paragraph' } }, true, catalog, facts, place);
    }
    if (t.block.kind === 'heading') {
      if (readFactLine(t.block.text, facts, place)) return;
      // A heading that names no section: the text is kept, never dropped.
      return place.leave(t.block.text);
    }
    if (readFactLine(t.block.text, facts, place)) return;
    placeBlock(t, itemsIn.get(String(groups[i])) ?? false, catalog, facts, place);
  });

  const allText = blocks.map((b) => b.text).join('\n');
  facts.company ??= companyFromText(allText);
  facts.seniority ??= facts.title ? seniorityOf(facts.title) : undefined;
  facts.workplace ??= workplaceOf(
    [facts.title ?? '', ...place.placed.filter((p) => p.field === 'job.location').map((p) => p.from)].join(' '),
  );
  if (
    !facts.workplace &&
    /\b(?:fully remote|100% remote|remote[- ]first|remote (?:role|position|job))\b/i.test(allText)
  )
    facts.workplace = 'remote';
  // "Hybrid" in a posting means the workplace; its other senses ("hybrid cloud") come with their noun.
  if (!facts.workplace && /\bhybrid\b(?! (?:cloud|app|mobile|model|infrastructure|environment))/i.test(allText)) {
    facts.workplace = 'hybrid';
  }
  if (!facts.workplace && facts.place) facts.workplace = 'onsite';

  const location = facts.place?.country
    ? {
        ...(facts.place.city ? { city: facts.place.city.slice(0, 100) } : {}),
        ...(facts.place.region ? { region: facts.place.region.slice(0, 100) } : {}),
        country: facts.place.country,
      }
    : undefined;
  if (facts.place && !facts.place.country) {
    place.warnings.push(
      `The place "${[facts.place.city, facts.place.region].filter(Boolean).join(', ')}" names no country: choose it.`,
    );
  }

  const job: Record<string, unknown> = {
    ...(facts.title ? { title: facts.title } : {}),
    ...(facts.seniority ? { seniority: facts.seniority } : {}),
    ...(facts.employmentType ? { employmentType: facts.employmentType } : {}),
    ...(facts.workplace ? { workplace: facts.workplace } : {}),
    ...(location ? { location } : {}),
    ...(facts.department ? { department: facts.department.slice(0, 100) } : {}),
    ...(place.summary.length ? { summary: place.summary.join('\n\n') } : {}),
  };
  const company: Record<string, unknown> = {
    ...(facts.company ? { name: facts.company } : {}),
    ...(place.about.length ? { about: place.about.join('\n\n') } : {}),
    ...(facts.website ? { website: facts.website } : {}),
  };
  const apply: Record<string, unknown> = {
    ...(facts.applyUrl ? { url: facts.applyUrl.url } : {}),
    ...(facts.email ? { email: facts.email } : {}),
    ...(facts.closingDate ? { closingDate: facts.closingDate } : {}),
  };
  const draft: Record<string, unknown> = {
    schemaVersion: 1,
    language: detectLanguage(allText),
    roleId,
    template: 'classic',
    job,
    company,
    skills: place.skills,
    responsibilities: place.lists.responsibilities,
    ...(facts.compensation ? { compensation: facts.compensation } : {}),
    ...(place.lists.qualifications.length ? { qualifications: place.lists.qualifications } : {}),
    benefits: place.lists.benefits,
    apply,
  };
  const missing = missingPaths(draft);
  if (job.workplace !== 'remote' && !location && !missing.includes('job.location'))
    missing.push('job.location.country');
  return { draft, missing, placed: place.placed, unplaced: place.unplaced, warnings: place.warnings };
}
