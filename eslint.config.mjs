import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

// Modules only the server may load: every file that carries `import '#server-only'` (a browser bundle that
// reaches one fails to build), found by reading lib/ here so that a new server module is covered the moment it
// is marked. components/ may take their types, never their code; lib/server-only/server-only-guard.test.ts
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
  '(^|/)(' +
  [
    'lib/(db|posting-store|rate-limit|export|config|server-only)(/.*)?',
    ...markedServerModules,
    'components/server(/.*)?',
    '#server-only',
  ].join('|') +
  ')$';

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
]);
