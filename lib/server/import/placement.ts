import type { DraftSkill } from '../../shared/draft/draft-schema';
import { MAX_QUALIFICATIONS } from '../../shared/draft/draft-schema';
import type { PlacedLine } from '../../shared/import/import-contract';

// Where each line went, and the draft's lists and prose as they fill: the schema's limits are kept here, and
// what would break them goes to unplaced with one warning per kind, so nothing is cut and nothing lost.

export const LIMITS = {
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

export type ListField = 'responsibilities' | 'qualifications' | 'benefits';

export class Placement {
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
