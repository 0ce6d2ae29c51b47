import { parseArgs } from 'node:util';

// server.mjs's command line. Imports nothing relative: server.mjs loads it directly (Node strips the types).

export interface ServerArgs {
  /** `--dev`: Next in development mode (`npm run dev`), behind the same server as production. */
  dev: boolean;
  port: number;
  hostname: string;
}

/** `server.mjs [--dev] [-p PORT] [-H HOSTNAME]`; the port and host fall back to PORT and HOSTNAME, then 3000 and 0.0.0.0. */
export function parseServerArgs(args: readonly string[], env: { PORT?: string; HOSTNAME?: string } = {}): ServerArgs {
  const { values } = parseArgs({
    args: [...args],
    options: {
      dev: { type: 'boolean', default: false },
      port: { type: 'string', short: 'p' },
      hostname: { type: 'string', short: 'H' },
    },
  });
  const port = Number(values.port ?? env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${values.port ?? env.PORT}`);
  return { dev: values.dev, port, hostname: values.hostname ?? env.HOSTNAME ?? '0.0.0.0' };
}
