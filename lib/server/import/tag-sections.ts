import { BOLD_LINE_LEVEL, type Block } from './blocks';
import { classifyHeading } from './classify-heading';
import type { Section } from './heading-lexicon';

// Each block with the section it sits in. A heading opens the section its words name; a heading that names
// none (a slogan, a team name) opens an "unknown" section whose lines are placed by what they say.

export type SectionOrUnknown = Section | 'unknown' | 'top';

export interface TaggedBlock {
  block: Block;
  section: SectionOrUnknown;
  /** This block is a heading that opened a known section (structure, not content). */
  opensSection: boolean;
  /** The block sits in the first section a heading opened. */
  firstSection: boolean;
}

/** A short line ending in a colon, or a short line that is a lexicon heading outright, is a heading too. */
function headingLike(block: Block): boolean {
  if (block.kind === 'heading') return true;
  if (block.kind !== 'paragraph' || block.text.length > 70) return false;
  if (/:$/.test(block.text)) return true;
  return !/[.!?]$/.test(block.text) && block.text.split(' ').length <= 6;
}

/** A heading that also says something ("Annual bonus target: 10%", "Salary range: $140k"): content as well. */
function carriesContent(block: Block, section: SectionOrUnknown): boolean {
  return section === 'pay' || /:\s*\S/.test(block.text) || (block.level === BOLD_LINE_LEVEL && /\d/.test(block.text));
}

export function tagSections(blocks: Block[]): TaggedBlock[] {
  let section: SectionOrUnknown = 'top';
  let opened = 0;
  return blocks.map((block): TaggedBlock => {
    const tag = (opensSection: boolean) => ({ block, section, opensSection, firstSection: opened === 1 });
    if (headingLike(block)) {
      const named = classifyHeading(block.text.replace(/:\s*\S.*$/, ''));
      if (named) {
        section = named;
        opened += 1;
        return tag(!carriesContent(block, section));
      }
      if (block.kind === 'heading' && section !== 'top') section = 'unknown';
    }
    return tag(false);
  });
}
