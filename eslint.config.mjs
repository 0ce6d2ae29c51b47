import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

// Modules only the server may load: every file that carries `import '#server-only'` (a browser bundle that
// reaches one fails to build), found by reading lib/ here so that a new server module is covered the moment it
// is marked. components/ may take their types, never their code; lib/server/server-only-guard.test.ts
// lints an import of every marked file.
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const root = path.dirname(fileURLToPath(import.meta.url));
const markedServerModules = readdirSync(path.join(root, 'lib'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
  .map((entry) => path.join(entry.parentPath, entry.name))
  .filter((file) => /^import '#server-only';$/m.test(readFileSync(file, 'utf8')))
  .map((file) =>
    escapeRegex(
      path
        .relative(root, file)
        .split(path.sep)
        .join('/')
        .replace(/\.tsx?$/, ''),
    ),
  );

export const SERVER_ONLY_IMPORT =
  '(^|/)(' + ['lib/server(/.*)?', ...markedServerModules, 'components/server(/.*)?', '#server-only'].join('|') + ')$';

// The folders by where they run: an import of lib/server/ (alias or '../' from inside lib/) and of lib/browser/.
const SERVER_FOLDER_IMPORT = '(^|/)lib/server(/.*)?$|^(\\.\\./)+server(/.*)?$|^#server-only$';
const BROWSER_FOLDER_IMPORT = '(^|/)lib/browser(/.*)?$|^(\\.\\./)+browser(/.*)?$';
const LIB_SERVER_MESSAGE =
  'Server code: lib/shared/ and lib/browser/ may import its types only (README, Architecture).';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    'dist/**',
    'node_modules/**',
    'data/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
  {
    // Links between pages are plain <a>: most pages ship no script, so there is no client router to hand a
    // navigation to, and the builder and My postings restore their state from browser storage on load.
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    // lib/ is framework-free domain code: it never reaches into the app or the UI.
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@/app/*',
            '@/components/*',
            '../app/*',
            '../components/*',
            '../../app/*',
            '../../components/*',
            'next',
            'next/*',
          ],
        },
      ],
    },
  },
  {
    // What the browser loads: no server module (see SERVER_ONLY_IMPORT), and zod/mini rather than full zod.
    files: ['components/**/*.{ts,tsx}'],
    ignores: ['components/server/**', 'components/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Code the browser loads uses zod/mini (README, Architecture).' },
            { name: 'react-dom/server', message: 'Server rendering belongs in components/server/.' },
          ],
          patterns: [
            {
              regex: SERVER_ONLY_IMPORT,
              allowTypeImports: true,
              message: 'A server-only module: components/ may import its types only (README, Architecture).',
            },
          ],
        },
      ],
    },
  },
  {
    // Where code runs is in its path (README, Architecture): lib/shared/ is safe everywhere and lib/browser/
    // runs in the page, so neither loads lib/server/ (its types are fine: they leave no code in a bundle).
    files: ['lib/browser/**/*.{ts,tsx}'],
    ignores: ['lib/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: SERVER_FOLDER_IMPORT, allowTypeImports: true, message: LIB_SERVER_MESSAGE }] },
      ],
    },
  },
  {
    // lib/shared/ also runs on the server, where browser storage does not exist: it never loads lib/browser/.
    files: ['lib/shared/**/*.{ts,tsx}'],
    ignores: ['lib/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: SERVER_FOLDER_IMPORT, allowTypeImports: true, message: LIB_SERVER_MESSAGE },
            {
              regex: BROWSER_FOLDER_IMPORT,
              message: 'lib/shared/ runs on the server too: it never imports lib/browser/ (README, Architecture).',
            },
          ],
        },
      ],
    },
  },
]);
