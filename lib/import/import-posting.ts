import { getRoleCatalog, DEFAULT_ROLE_ID, slugify, type RoleCatalog } from '../catalog';
import { draftSchema, MAX_QUALIFICATIONS, type Compensation, type DraftSkill } from '../draft/draft-schema';
import type { Block } from './blocks';
import { detectLanguage } from './detect-language';
import { applyScore, findClosingDate, findEmail, webAddress } from './find-apply';
import { findPay } from './find-pay';
import { clausesOf, exactSkill, findSkillMentions, isSkillOnlyLine, yearsIn } from './find-skills';
import { cueOf } from './line-cues';
import type { ImportResult, PlacedLine } from './import-contract';
import { companyFromText, employmentTypeOf, placeOf, seniorityOf, workplaceOf, type FoundPlace } from './job-facts';
import { tagSections, type SectionOrUnknown, type TaggedBlock } from './tag-sections';
import { classifyHeading } from './classify-heading';

// Blocks → a draft, and an account of every block: placed in a field, or unplaced. A draft field's limits
// are the schema's; what would break them goes to unplaced with a warning, so the draft validates once the
// fields in `missing` are filled.

const LIMITS = {
  title: 120,
  company: 120,
  summary: 2000,
  about: 3000,
  responsibility: 300,
  responsibilities: 25,
  qualification: 300,
  qualifications: MAX_QUALIFICATIONS,
  benefit: 200,
  benefits: 30,
  skills: 40,
  customSkillName: 60,
};

type ListField = 'responsibilities' | 'qualifications' | 'benefits';

class Placement {
  readonly placed: PlacedLine[] = [];
  readonly unplaced: string[] = [];
  readonly warnings: string[] = [];
  readonly lists: Record<ListField, string[]> = { responsibilities: [], qualifications: [], benefits: [] };
  readonly about: string[] = [];
  readonly summary: string[] = [];
  readonly skills: DraftSkill[] = [];
  /** Where the last paragraph went, so a list that follows it can go along. */
  lastProse: 'about' | 'summary' | null = null;
  private aboutLength = 0;
  private summaryLength = 0;
  private readonly warned = new Set<string>();

  warnOnce(key: string, message: string) {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.warnings.push(message);
  }

  place(field: string, from: string) {
    this.placed.push({ field, from });
  }

  leave(text: string) {
    this.unplaced.push(text);
  }

  addToList(field: ListField, text: string): boolean {
    const max =
      field === 'benefits' ? LIMITS.benefit : field === 'qualifications' ? LIMITS.qualification : LIMITS.responsibility;
    const count = LIMITS[field];
    const list = this.lists[field];
    if (text.length > max) {
      this.warnOnce(
        `${field}-long`,
        `Some ${field} were longer than ${max} characters: they are under "not placed" to shorten.`,
      );
      this.leave(text);
      return false;
    }
    if (list.length >= count) {
      this.warnOnce(`${field}-many`, `Only ${count} ${field} fit in a posting: the rest are under "not placed".`);
      this.leave(text);
      return false;
    }
    if (list.includes(text)) {
      this.place(`${field}.${list.indexOf(text)}`, text);
      return true;
    }
    list.push(text);
    this.place(`${field}.${list.length - 1}`, text);
    return true;
  }

  addProse(field: 'about' | 'summary', text: string) {
    this.lastProse = field;
    const max = field === 'about' ? LIMITS.about : LIMITS.summary;
    const length = field === 'about' ? this.aboutLength : this.summaryLength;
    const added = (length === 0 ? 0 : 2) + text.length;
    if (length + added > max) {
      this.warnOnce(
        `${field}-long`,
        `The ${field === 'about' ? 'company description' : 'summary'} is limited to ${max} characters: the rest is under "not placed".`,
      );
      this.leave(text);
      return;
    }
    if (field === 'about') {
      this.about.push(text);
      this.aboutLength += added;
      this.place('company.about', text);
    } else {
      this.summary.push(text);
      this.summaryLength += added;
      this.place('job.summary', text);
    }
  }

  /** Adds or strengthens a skill; false when the list is full. */
  addSkill(skill: DraftSkill): boolean {
    const existing = this.skills.find((s) => s.id === skill.id);
    if (existing) {
      if (skill.level === 'required') existing.level = 'required';
      if (existing.years === undefined && skill.years !== undefined) existing.years = skill.years;
      return true;
    }
    if (this.skills.length >= LIMITS.skills) {
      this.warnOnce('skills-many', `Only ${LIMITS.skills} skills fit in a posting: the rest were left out.`);
      return false;
    }
    this.skills.push(skill);
    return true;
  }

  skillIndex(id: string): number {
    return this.skills.findIndex((s) => s.id === id);
  }
}

interface Facts {
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
function readFactLine(text: string, facts: Facts, place: Placement): boolean {
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
function readTop(tagged: TaggedBlock[], facts: Facts, place: Placement, consumed: Set<number>) {
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
function scanLine(block: Block, facts: Facts) {
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

const WEBSITE =
  /^(?:find out more|learn more|more about us|visit us|our website|website)\b[^:]*?:?\s*(?:at\s+)?<?(https?:\/\/[^\s>]+?)>?\.?$/i;

const SHORT_SKILL_ITEM = /^[\p{L}\p{N}][\p{L}\p{N} .#+/-]{0,38}$/u;
const FUNCTION_WORDS = /\b(?:in|of|with|and|or|to|for|the|a|an|you|we|our|your|is|are|be|have|has|on|at|by|as)\b/i;

function customSkillName(item: string): string | null {
  const name = item
    .replace(/\s*\((?:\d+\+?\s*years?[^)]*|typically[^)]*)\)\s*$/i, '')
    .replace(/,\s*(?:\d+\+?\s*years?|typically).*$/i, '')
    .trim();
  if (!SHORT_SKILL_ITEM.test(name) || name.split(/\s+/).length > 3 || FUNCTION_WORDS.test(name)) return null;
  return name.length <= LIMITS.customSkillName ? name : null;
}

function isStackLine(text: string): boolean {
  return /^(?:core |our |main |the )?(?:tech(?:nolog(?:y|ies))?(?: stack)?|stack|tools|languages|technologies used)\s*:/i.test(
    text,
  );
}

/** A requirement (or nice-to-have) line: its skills, and unless it says nothing else, the line itself. */
function placeRequirement(text: string, preferred: boolean, catalog: RoleCatalog, place: Placement, isItem: boolean) {
  const level =
    preferred || /\b(?:nice to have|a plus|is a plus|bonus|preferred|ideally)\b/i.test(text) ? 'preferred' : 'required';
  const exact = isItem ? exactSkill(text, catalog) : null;
  if (exact) {
    if (place.addSkill({ id: exact, level, ...yearsOf(text) })) {
      place.place(`skills.${place.skillIndex(exact)}`, text);
      return;
    }
  }
  // "5+ years of software engineering": a general skill counts when years of it are asked for.
  const mentions = findSkillMentions(text, catalog, yearsIn(text) !== undefined);
  for (const clause of clausesOf(text)) {
    const years = yearsIn(clause.text);
    for (const mention of mentions) {
      if (mention.index < clause.start || mention.index >= clause.start + clause.text.length) continue;
      place.addSkill({ id: mention.id, level, ...(years !== undefined ? { years } : {}) });
    }
  }
  if (
    isItem &&
    mentions.length &&
    isSkillOnlyLine(text, mentions) &&
    mentions.every((m) => place.skillIndex(m.id) >= 0)
  ) {
    place.place(`skills.${place.skillIndex(mentions[0]!.id)}`, text);
    return;
  }
  if (isItem && mentions.length === 0) {
    const name = customSkillName(text);
    if (name) {
      const id = `custom:${slugify(name)}`;
      if (id !== 'custom:' && place.addSkill({ id, name, level, ...yearsOf(text) })) {
        place.place(`skills.${place.skillIndex(id)}`, text);
        return;
      }
    }
  }
  place.addToList('qualifications', text);
}

function yearsOf(text: string): { years?: number } {
  const years = yearsIn(text);
  return years !== undefined ? { years } : {};
}

function stackSkills(text: string, catalog: RoleCatalog, place: Placement) {
  const list = text.slice(text.indexOf(':') + 1);
  for (const mention of findSkillMentions(list, catalog)) place.addSkill({ id: mention.id, level: 'required' });
  for (const part of list.split(/,|;|\band\b/)) {
    const name = part.replace(/[.]$/, '').trim();
    if (!name || findSkillMentions(name, catalog).length) continue;
    const custom = customSkillName(name);
    if (custom) place.addSkill({ id: `custom:${slugify(custom)}`, name: custom, level: 'required' });
  }
}

function skillsFromResponsibility(text: string, catalog: RoleCatalog, place: Placement) {
  for (const mention of findSkillMentions(text, catalog)) place.addSkill({ id: mention.id, level: 'required' });
}

/** Where a line goes when its section does not say: by what it says, else by the kind of section. */
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

const WE = /\b(?:we|we're|we’re|our|us|company|founded|customers|mission|team)\b/gi;
const YOU = /\b(?:you|you'll|you’ll|your|this role|this position|the role|the position|this person|candidate)\b/gi;

/** Prose about the company goes to its description, prose about the job to the summary. */
function proseTarget(text: string): 'about' | 'summary' {
  if (JOB_TALK.test(text)) return 'summary';
  return (text.match(YOU)?.length ?? 0) > (text.match(WE)?.length ?? 0) ? 'summary' : 'about';
}

const NOT_A_TASK =
  /^(?:we|we're|we’re|our|you|you're|you’re|your|as|the|this|it|if|in|at|imagine|a|an|there|here|with|when|while)\b/i;

/** A short line that starts with what to do ("Push your teammates…"): a task, even outside a list. */
function isTask(text: string): boolean {
  return text.length <= 300 && !NOT_A_TASK.test(text);
}

const JOB_TALK =
  /\b(?:(?:we(?:'|’)re|we are|is) (?:hiring|looking for|seeking)|as an? [^.]{0,40}(?:engineer|developer)\b|this (?:role|position)\b|(?:the|this) (?:ideal )?candidate|you will be)/i;

const COMPANY_TALK =
  /\b(?:we are|we're|we’re|our company|our mission|founded|is a (?:leading|fast-growing|global)|headquartered|our customers)\b/i;

/** Under a role heading ("Overview", "Job description") prose is the summary unless it is plainly about the company. */
function roleProseTarget(text: string): 'about' | 'summary' {
  return COMPANY_TALK.test(text) && !(text.match(YOU)?.length ?? 0) ? 'about' : 'summary';
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
