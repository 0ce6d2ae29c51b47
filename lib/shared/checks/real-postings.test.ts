import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getRoleCatalog } from '../catalog';
import type { Draft } from '../draft/draft-schema';
import { renderText } from '../../server/render';
import { runChecks } from '.';
import { corpusVerdict, type CorpusVerdict } from '../../../test/support/corpus-verdict';

// The regression corpus: 25 real back-end postings as drafts (scripts/build-checks-corpus.ts). The verdicts
// file was read posting by posting against the texts before it was accepted; a change to it is a change
// in what the checks say about real text, to be read again, not re-recorded blindly.

const corpus = JSON.parse(readFileSync(join(__dirname, '__fixtures__', 'real-postings.json'), 'utf8')) as {
  id: string;
  company: string;
  draft: Draft;
}[];
const reviewed = JSON.parse(
  readFileSync(join(__dirname, '__fixtures__', 'real-postings.verdicts.json'), 'utf8'),
) as Record<string, CorpusVerdict>;

const TODAY = new Date('2026-11-24T12:00:00Z');
const catalog = getRoleCatalog('back-end-developer')!;

describe('real postings (regression corpus)', () => {
  it('holds all 25 postings as valid drafts', () => {
    expect(corpus).toHaveLength(25);
  });

  it.each(corpus.map((c) => [c.id, c.company, c.draft] as const))(
    'posting %s (%s): no crash, bounded time, the reviewed verdict',
    (id, _company, draft) => {
      const renderedText = renderText(draft);
      runChecks(draft, { catalog, renderedText, today: TODAY }); // warm: compiled patterns, caches, JIT
      const start = performance.now();
      const result = runChecks(draft, { catalog, renderedText, today: TODAY });
      expect(performance.now() - start).toBeLessThan(250);
      expect(corpusVerdict(result)).toEqual(reviewed[id]);
    },
  );
});
