import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Heading, PhrasingContent } from 'mdast';
import { afterAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../shared/draft/draft-schema';
import { exampleDraft } from '../../shared/draft/example-draft';
import { validateDraft } from '../../shared/draft/validate-draft';
import { draftWithText } from './__fixtures__/drafts';
import { XSS_PAYLOADS } from './__fixtures__/xss-payloads';
import { renderDocx } from './docx';
import { renderMarkdownTree } from './markdown';
import { collapseInline } from './markdown-escape';
import { buildPostingView } from './view-model';

// Read back by programs that share no code with the `docx` package: pandoc for the document, unzip and an
// XML parser for its properties. Both are test dependencies (scripts/ensure-test-deps.sh installs them);
// without them these tests fail, they never skip.

const dir = mkdtempSync(path.join(tmpdir(), 'postwright-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function docxFile(name: string, draft: Draft): Promise<string> {
  const file = path.join(dir, `${name}.docx`);
  writeFileSync(file, await renderDocx(draft));
  return file;
}

const pandoc = (file: string, to: string) =>
  execFileSync('pandoc', ['-f', 'docx', '-t', to, '--wrap=none', file], { encoding: 'utf8' });

interface PandocNode {
  t: string;
  c?: unknown;
}
interface PandocDoc {
  meta: Record<string, PandocNode>;
  blocks: PandocNode[];
}

/** Every node of pandoc's JSON AST, depth first. */
function* walk(value: unknown): Generator<PandocNode> {
  if (Array.isArray(value)) for (const item of value) yield* walk(item);
  else if (value && typeof value === 'object') {
    if ('t' in value) yield value as PandocNode;
    for (const child of Object.values(value)) yield* walk(child);
  }
}

/** Pandoc's inlines as text: words, spaces and line breaks. */
function inlineText(inlines: unknown): string {
  let out = '';
  for (const node of walk(inlines)) {
    if (node.t === 'Str') out += node.c as string;
    else if (node.t === 'Space' || node.t === 'SoftBreak' || node.t === 'LineBreak') out += ' ';
  }
  return out;
}

const phrasing = (nodes: PhrasingContent[]): string =>
  nodes
    .map((n) => ('value' in n ? n.value : 'children' in n ? phrasing(n.children as PhrasingContent[]) : ''))
    .join('');

function documentOf(file: string) {
  const doc = JSON.parse(pandoc(file, 'json')) as PandocDoc;
  const nodes = [...walk(doc.blocks)];
  return {
    title: inlineText(doc.meta.title?.c),
    headings: nodes.filter((n) => n.t === 'Header').map((n) => inlineText((n.c as unknown[])[2])),
    links: nodes.filter((n) => n.t === 'Link').map((n) => ((n.c as unknown[])[2] as string[])[0]),
    bulletLists: nodes.filter((n) => n.t === 'BulletList').length,
    text: pandoc(file, 'plain').replace(/\s+/g, ' '),
  };
}

function coreProperties(file: string): Record<string, unknown> {
  const xml = execFileSync('unzip', ['-p', file, 'docProps/core.xml'], { encoding: 'utf8' });
  return new XMLParser({ removeNSPrefix: true }).parse(xml).coreProperties;
}

describe('renderDocx, read back by pandoc', () => {
  it('gives back the title, every section heading, the skills, the pay and the links', async () => {
    const file = await docxFile('example', exampleDraft);
    const doc = documentOf(file);
    const view = buildPostingView(exampleDraft);
    expect(doc.title).toBe('Senior Back End Developer');
    const sections = renderMarkdownTree(exampleDraft)
      .children.filter((n): n is Heading => n.type === 'heading' && n.depth === 2)
      .map((h) => phrasing(h.children));
    expect(sections.length).toBeGreaterThanOrEqual(6);
    expect(doc.headings).toEqual(sections);
    for (const skill of [...view.requiredSkills, ...view.preferredSkills]) expect(doc.text).toContain(skill.name);
    expect(doc.text).toContain('The pay for this role is $140,000 – $170,000 per year.');
    expect(doc.bulletLists).toBeGreaterThanOrEqual(4);
    expect(doc.links).toEqual(
      expect.arrayContaining(['https://acme.example/', 'https://acme.example/jobs/42', 'mailto:jobs@acme.example']),
    );
  });

  it('sets the document title and author', async () => {
    const props = coreProperties(await docxFile('props', exampleDraft));
    expect(props.title).toBe('Senior Back End Developer');
    expect(props.creator).toBe('Acme Analytics');
    expect(props.subject).toBe('Job posting: Senior Back End Developer at Acme Analytics');
  });

  it('keeps hostile text literal: no heading, link or markup it did not have', async () => {
    const baseline = documentOf(await docxFile('baseline', draftWithText('Placeholder')));
    const payloads = [
      ...XSS_PAYLOADS.slice(0, 4),
      '{{ 7*7 }} {% raw %} **bold** [x](javascript:alert(1)) # not a heading',
      '<w:p><w:r><w:t>injected</w:t></w:r></w:p>]]> &amp; &lt;',
    ];
    for (const [index, payload] of payloads.entries()) {
      const draft = draftWithText(payload);
      expect(validateDraft(draft).success).toBe(true);
      const doc = documentOf(await docxFile(`hostile-${index}`, draft));
      expect(doc.headings, payload).toHaveLength(baseline.headings.length);
      expect(doc.links, payload).toEqual(baseline.links);
      expect(doc.text, payload).toContain(collapseInline(payload));
      expect(doc.title, payload).toBe(collapseInline(payload.slice(0, 120)));
    }
  }, 120_000);

  it('opens whatever characters a draft holds (XML forbids some: they become �)', async () => {
    const draft = draftWithText('Tab\there, bell\u0007, nul\u0000, lone \ud800 surrogate, 😀 and €');
    const doc = documentOf(await docxFile('controls', draft));
    expect(doc.text).toContain('bell\ufffd, nul\ufffd, lone \ufffd surrogate, 😀 and €');
  });
});
