import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import Negotiator from 'negotiator';

const contentTypes: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

interface Entry {
  body: Buffer;
  type: string;
}

/**
 * The brotli copies that `scripts/precompress-static.mjs` wrote beside Next's static files, served to
 * browsers that accept brotli; everything else (other files, other encodings) is left to Next. The files
 * are content-hashed and a few hundred KB in all, so they are read once at start and kept in memory.
 * Only paths found in the build are served: a request's path is looked up, never joined onto the disk.
 * Imports nothing relative: server.mjs loads it directly (Node strips the types); `headers` are the ones
 * every answer carries.
 */
export function precompressedStatic(
  staticDir: string,
  { headers = {}, urlPrefix = '/_next/static/' }: { headers?: Record<string, string>; urlPrefix?: string } = {},
) {
  const files = new Map<string, Entry>();
  let entries: Dirent[] = [];
  try {
    entries = readdirSync(staticDir, { recursive: true, withFileTypes: true });
  } catch {
    // No build yet (tests): nothing to serve.
  }
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.br')) continue;
    const compressed = path.join(entry.parentPath, entry.name);
    const original = compressed.slice(0, -'.br'.length);
    const type = contentTypes[path.extname(original)];
    if (!type) continue;
    const url = urlPrefix + path.relative(staticDir, original).split(path.sep).join('/');
    files.set(url, { body: readFileSync(compressed), type });
  }

  /** Answers the request from a brotli copy and returns true, or returns false for Next to answer it. */
  return function servePrecompressed(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const entry = files.get((req.url ?? '').split('?')[0]!);
    if (!entry) return false;
    if (new Negotiator(req).encoding(['br', 'identity']) !== 'br') return false;
    res.writeHead(200, {
      ...headers,
      'Content-Type': entry.type,
      'Content-Encoding': 'br',
      'Content-Length': entry.body.length,
      'Cache-Control': 'public, max-age=31536000, immutable',
      Vary: 'Accept-Encoding',
    });
    res.end(req.method === 'HEAD' ? undefined : entry.body);
    return true;
  };
}
