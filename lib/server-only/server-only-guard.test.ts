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
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.test.ts') && !file.startsWith('lib/server-only/'));
}

describe('the #server-only guard', () => {
  it('fails a browser build that reaches the database connection, naming the guard', async () => {
    // npm packages stay external so the guard is the only thing that can fail the build (pg alone would).
    const errors = await buildErrors("import './lib/db/connection';", { packages: 'external' });
    expect(errors).not.toEqual([]);
    expect(
      errors.every((text) => text.includes('#server-only')),
      errors.join('\n'),
    ).toBe(true);
    expect(errors.some((text) => text.startsWith('lib/db/connection.ts'))).toBe(true);
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
      "import { draftSchema } from './lib/draft/draft-schema'; console.log(draftSchema);",
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
      "import type { LivePreview } from '@/lib/live-preview/live-preview';",
      "import { draftSchema } from '@/lib/draft/draft-schema';",
      "import { z } from 'zod/mini';",
      'export const probe: [LivePreview | undefined, unknown, unknown] = [undefined, draftSchema, z];',
      '',
    ].join('\n');
    expect(await lint(source)).toEqual([]);
  });
});
