import { pino, type DestinationStream, type LevelWithSilent, type Logger } from 'pino';

// Imports nothing relative: server.mjs loads it directly (Node strips the types).

export type LogLevel = LevelWithSilent;
export type { Logger };

/**
 * One JSON object per line on stderr (or `destination`), for whatever collects the logs; no pretty printer
 * (read them with `jq`). stderr, not stdout, so a supervisor or test that watches stderr sees every error.
 */
export function createLogger(level: LogLevel, destination: DestinationStream = pino.destination(2)): Logger {
  return pino({ level, base: { service: 'postwright' }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}
