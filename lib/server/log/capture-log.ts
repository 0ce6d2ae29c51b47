import { Writable } from 'node:stream';
import { createLogger, type LogLevel, type Logger } from './logger';

/** A logger that keeps its JSON lines in memory, for tests: `lines()` parses what it wrote so far. */
export function captureLog(level: LogLevel): { logger: Logger; lines: () => Record<string, unknown>[] } {
  let text = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  const logger = createLogger(level, sink);
  const lines = () =>
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, lines };
}

/** Makes `logger` the one serverLog() returns (lib/server/log/server-log.ts keeps it with processWide). */
export function installServerLog(logger: Logger | undefined): void {
  (globalThis as unknown as Record<symbol, Logger | undefined>)[Symbol.for('postwright.log')] = logger;
}
