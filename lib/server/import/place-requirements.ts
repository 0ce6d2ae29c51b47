import { slugify, type RoleCatalog } from '../../shared/catalog';
import { clausesOf, exactSkill, findSkillMentions, isSkillOnlyLine, yearsIn } from './find-skills';
import { LIMITS, type Placement } from './placement';

// A requirement line → catalog skills (with the years its clause states), a custom skill when the line is
// only a technology's name, and otherwise the line itself as a qualification, verbatim.

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

export function isStackLine(text: string): boolean {
  return /^(?:core |our |main |the )?(?:tech(?:nolog(?:y|ies))?(?: stack)?|stack|tools|languages|technologies used)\s*:/i.test(
    text,
  );
}

/** A requirement (or nice-to-have) line: its skills, and unless it says nothing else, the line itself. */
export function placeRequirement(
  text: string,
  preferred: boolean,
  catalog: RoleCatalog,
  place: Placement,
  isItem: boolean,
) {
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

export function stackSkills(text: string, catalog: RoleCatalog, place: Placement) {
  const list = text.slice(text.indexOf(':') + 1);
  for (const mention of findSkillMentions(list, catalog)) place.addSkill({ id: mention.id, level: 'required' });
  for (const part of list.split(/,|;|\band\b/)) {
    const name = part.replace(/[.]$/, '').trim();
    if (!name || findSkillMentions(name, catalog).length) continue;
    const custom = customSkillName(name);
    if (custom) place.addSkill({ id: `custom:${slugify(custom)}`, name: custom, level: 'required' });
  }
}

export function skillsFromResponsibility(text: string, catalog: RoleCatalog, place: Placement) {
  for (const mention of findSkillMentions(text, catalog)) place.addSkill({ id: mention.id, level: 'required' });
}

/** Where a line goes when its section does not say: by what it says, else by the kind of section. */
