import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

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
]);
