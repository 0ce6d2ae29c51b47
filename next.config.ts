import type { NextConfig } from 'next';
import {
  CATALOG_PAGE_LANGUAGES,
  CATALOG_QUERY_FIELDS,
  staticPageHeaders,
} from './lib/server/script-free-page/static-pages';
import { CompileHintsPlugin } from './scripts/compile-hints-plugin';
import { RENDER_GATE_CACHE_CONTROL, RENDER_GATE_PATH } from './lib/shared/http/render-gate';

const dev = process.env.NODE_ENV === 'development';

const nextConfig: NextConfig = {
  // Native and font-loading packages stay outside the server bundle and load from node_modules.
  // piscina starts its worker threads from its own files: it must stay a package, not be bundled.
  serverExternalPackages: ['better-sqlite3', '@react-pdf/renderer', 'pg', 'liquidjs', 'piscina'],
  poweredByHeader: false,
  webpack(config: { plugins: unknown[] }, { isServer, dev: devBuild, webpack }) {
    // Browser chunks compile off the main thread as they stream in (see the plugin).
    if (!isServer && !devBuild) config.plugins.push(new CompileHintsPlugin(webpack));
    return config;
  },
  // content/ is read at run time (templates): keep it in the output trace.
  outputFileTracingIncludes: { '/**': ['./content/**/*', './node_modules/dejavu-fonts-ttf/ttf/DejaVuSans*.ttf'] },
  // `*.bench.ts` files are routes only in the bench's own build (POSTWRIGHT_BENCH_ROUTES=1, set by
  // scripts/bench/server.ts): the bench's ceiling route never ships in a build made by `npm run build`.
  pageExtensions: ['tsx', 'ts', ...(process.env.POSTWRIGHT_BENCH_ROUTES === '1' ? ['bench.ts'] : [])],
  async headers() {
    // API answers and static files get the same baseline as pages (the proxy adds the CSP to pages).
    // Prerendered pages run no getServerSideProps to set their own: they get them here.
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
      { source: RENDER_GATE_PATH, headers: [{ key: 'Cache-Control', value: RENDER_GATE_CACHE_CONTROL }] },
      ...Object.entries(staticPageHeaders({ dev })).map(([source, headers]) => ({
        source,
        headers: Object.entries(headers).map(([key, value]) => ({ key, value })),
      })),
    ];
  },
  async rewrites() {
    // The catalog's filtered views are rendered per request; its unfiltered view is prerendered, in each
    // language (`?lang=` alone). The first rule that matches wins, so a filter with a language is a search.
    return {
      beforeFiles: [
        ...CATALOG_QUERY_FIELDS.map((key) => ({
          source: '/skills',
          has: [{ type: 'query' as const, key }],
          destination: '/skills/search',
        })),
        {
          source: '/skills',
          has: [{ type: 'query' as const, key: 'lang', value: `(?<lang>${CATALOG_PAGE_LANGUAGES.join('|')})` }],
          destination: '/skills/language/:lang',
        },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
