import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

// Modules only the server may load: every file that starts with `import '#server-only'` (a browser bundle
// that reaches one fails to build) and the folders made of them. components/ may take their types, never
// their code; lib/server-only/server-only-guard.test.ts checks this list against the files that carry the marker.
export const SERVER_ONLY_IMPORT =
  '(^|/)(' +
  [
    'lib/(db|posting-store|rate-limit|export|config|server-only)(/.*)?',
    'lib/http/(api-route|encoded-bodies|render-response)',
    'lib/live-preview/live-preview',
    'lib/log/server-log',
    'lib/publishing/(app-publishing-store|public-document-response|public-jobs)',
    'lib/render/(docx|pdf)',
    'lib/review/review-page',
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
