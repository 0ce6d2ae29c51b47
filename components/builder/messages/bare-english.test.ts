import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bareEnglish } from '@/test/support/bare-english';

// The builder's words come from its message files (ui-text.tsx). This test reads every builder component
// and fails on English written into it: text between JSX tags, and a quoted string given to a prop that
// is shown or read aloud. No file is exempt.

const root = path.resolve(import.meta.dirname, '../../..');
/** Parts of the builder kept outside components/builder (the review step's panels). */
const ALSO_IN_THE_BUILDER = [
  'components/share/share-panel.tsx',
  'components/publishing/publish-panel.tsx',
  'components/publishing/approval-setting.tsx',
  'components/review/review-step-section.tsx',
  'components/review/review-link-panel.tsx',
  'components/review/verdict-summary.tsx',
  'components/review/author-comment-threads.tsx',
  'components/ui/form-field.tsx',
];
function builderFiles(): string[] {
  const dir = path.join(root, 'components/builder');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.tsx') && !entry.name.includes('.test.'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  return [...files, ...ALSO_IN_THE_BUILDER, 'pages/build.tsx'].sort();
}

describe('the builder has no bare English', () => {
  it.each(builderFiles())('%s', (file) => {
    expect(bareEnglish(file, readFileSync(path.join(root, file), 'utf8'))).toEqual([]);
  });

  it('finds text between tags and in a shown prop, and passes a message lookup', () => {
    const source = `const a = <p title="Hello there">Start over</p>; const b = <p label={t('x')}>{t('y')}</p>;`;
    expect(bareEnglish('x.tsx', source)).toEqual(['1: title="Hello there"', '1: Start over']);
  });
});
