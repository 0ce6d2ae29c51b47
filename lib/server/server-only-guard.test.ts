import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildFailure } from 'esbuild';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Bundles `source` as a browser entry the way a client build does (browser conditions), writing nothing. */
function bundleForBrowser(source: string, options: { packages?: 'external' } = {}) {
  return build({
    stdin: { contents: source, resolveDir: root, loader: 'ts', sourcefile: 'browser-entry.ts' },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    jsx: 'automatic',
    logLevel: 'silent',
    ...options,
  });
}

/** The build's error texts, or [] when it built. */
async function buildErrors(source: string, options: { packages?: 'external' } = {}): Promise<string[]> {
  try {
    await bundleForBrowser(source, options);
    return [];
  } catch (error) {
    return (error as BuildFailure).errors.map((e) => `${e.location?.file ?? '?'}: ${e.text}`);
  }
}

/** Every module that marks itself server-only, found the way a reader would (git grep), not listed by hand. */
function serverOnlyModules(): string[] {
  const out = execFileSync('git', ['grep', '-l', "^import '#server-only';", '--', 'lib', 'components', 'app'], {
    cwd: root,
    encoding: 'utf8',
  });
  return out
    .split('\n')
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.test.ts') && file !== 'lib/server/server-only.ts');
}

describe('the #server-only guard', () => {
  it('fails a browser build that reaches the database connection, naming the guard', async () => {
    // npm packages stay external so the guard is the only thing that can fail the build (pg alone would).
    const errors = await buildErrors("import './lib/server/db/connection';", { packages: 'external' });
    expect(errors).not.toEqual([]);
    expect(
      errors.every((text) => text.includes('#server-only')),
      errors.join('\n'),
    ).toBe(true);
    expect(errors.some((text) => text.startsWith('lib/server/db/connection.ts'))).toBe(true);
  });

  it('fails a browser build of every module that marks itself server-only', async () => {
    const modules = serverOnlyModules();
    expect(modules.length).toBeGreaterThan(20);
    for (const file of modules) {
      const errors = await buildErrors(`import './${file}';`, { packages: 'external' });
      expect(
        errors.some((text) => text.includes('#server-only')),
        `${file} bundled for the browser`,
      ).toBe(true);
    }
  });

  it('lets a browser-safe module (the draft schema, with zod/mini) bundle for the browser', async () => {
    const result = await bundleForBrowser(
      "import { draftSchema } from './lib/shared/draft/draft-schema'; console.log(draftSchema);",
    );
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]!.text.length).toBeGreaterThan(0);
  });

  it('resolves to an empty module on the server (Node conditions)', async () => {
    await expect(import('#server-only')).resolves.toBeDefined();
  });
});

describe('the lint rule for components/', () => {
  const eslint = new ESLint({ cwd: root });
  const lint = async (source: string) => {
    const [result] = await eslint.lintText(source, { filePath: path.join(root, 'components/builder/probe.ts') });
    return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports');
  };

  it('refuses a value import of every server-only module, by alias and by relative path', async () => {
    const specifiers = serverOnlyModules().map((file) => file.replace(/\.tsx?$/, ''));
    const lines = specifiers.flatMap((specifier, i) => [
      `import * as m${i} from '@/${specifier}';`,
      `import '../../${specifier}';`,
    ]);
    const flagged = new Set((await lint(lines.join('\n') + '\n')).map((message) => message.line));
    const missed = lines.filter((_, index) => !flagged.has(index + 1));
    expect(missed).toEqual([]);
  });

  it('allows their types and the browser-safe modules', async () => {
    const source = [
      "import type { LivePreview } from '@/lib/server/render/live-preview';",
      "import { draftSchema } from '@/lib/shared/draft/draft-schema';",
      "import { z } from 'zod/mini';",
      'export const probe: [LivePreview | undefined, unknown, unknown] = [undefined, draftSchema, z];',
      '',
    ].join('\n');
    expect(await lint(source)).toEqual([]);
  });
});

describe('where code runs is in its path', () => {
  const eslint = new ESLint({ cwd: root });
  const restricted = async (probe: string, source: string) => {
    const [result] = await eslint.lintText(source + '\n', { filePath: path.join(root, probe) });
    return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports');
  };

  it('puts every file of lib/ under lib/shared, lib/server or lib/browser', () => {
    const files = execFileSync('git', ['ls-files', 'lib'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => !/^lib\/(shared|server|browser)\//.test(file))).toEqual([]);
  });

  it('bundles every module of lib/shared and lib/browser for the browser, without reaching the server', async () => {
    const modules = execFileSync('git', ['ls-files', 'lib/shared', 'lib/browser'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
      .filter((file) => !file.includes('/__fixtures__/'));
    expect(modules.length).toBeGreaterThan(50);
    const source = modules.map((file, i) => `import * as m${i} from './${file}'; console.log(m${i});`).join('\n');
    expect(await buildErrors(source, { packages: 'external' })).toEqual([]);
  });

  // job-urls carries no #server-only marker: the folder alone decides.
  const refused: [string, string][] = [
    ['components/builder/probe.ts', "import { jobUrl } from '@/lib/server/publishing/job-urls';"],
    ['components/builder/probe.ts', "import '../../lib/server/db/connection';"],
    ['lib/browser/storage/probe.ts', "import { getDb } from '@/lib/server/db';"],
    ['lib/browser/storage/probe.ts', "import '../../server/http/api-route';"],
    ['lib/shared/draft/probe.ts', "import { getDb } from '@/lib/server/db';"],
    ['lib/shared/draft/probe.ts', "import '../../server/publishing/job-urls';"],
    ['lib/shared/draft/probe.ts', "import { storageSlot } from '@/lib/browser/storage/storage-slot';"],
    ['lib/shared/draft/probe.ts', "import '../../browser/storage/storage-slot';"],
  ];
  const allowed: [string, string][] = [
    ['lib/browser/storage/probe.ts', "import { draftSchema } from '@/lib/shared/draft/draft-schema';"],
    ['lib/browser/storage/probe.ts', "import type { Db } from '@/lib/server/db';"],
    ['lib/shared/draft/probe.ts', "import type { LivePreview } from '@/lib/server/render/live-preview';"],
    ['lib/server/http/probe.ts', "import { getDb } from '@/lib/server/db';"],
    ['lib/server/http/probe.ts', "import { storageSlot } from '@/lib/browser/storage/storage-slot';"],
  ];
  it.each([
    {
      says: 'refuses lib/server/ code in components/, lib/browser/ and lib/shared/, by alias and relative path',
      cases: refused,
      errors: 1,
    },
    {
      says: 'allows what each place may load: shared code anywhere, server types, and anything in lib/server/',
      cases: allowed,
      errors: 0,
    },
  ])('$says', async ({ cases, errors }) => {
    for (const [probe, line] of cases) {
      expect(await restricted(probe, line), `${probe}: ${line}`).toHaveLength(errors);
    }
  });
});
