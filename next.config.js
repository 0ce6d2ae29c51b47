/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and font-loading packages stay outside the server bundle and load from node_modules.
  // piscina starts its worker threads from its own files: it must stay a package, not be bundled.
  serverExternalPackages: ['better-sqlite3', '@react-pdf/renderer', 'pg', 'liquidjs', 'piscina'],
  poweredByHeader: false,
  // content/ is read at run time (templates): keep it in the output trace.
  outputFileTracingIncludes: { '/**': ['./content/**/*', './node_modules/dejavu-fonts-ttf/ttf/DejaVuSans*.ttf'] },
  async headers() {
    // API answers and static files get the same baseline as pages (the proxy adds the CSP to pages).
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
