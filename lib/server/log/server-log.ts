import '#server-only';
import { getEnv } from '../config/env';
import { processWide } from '../runtime/process-wide';
import { createLogger, type Logger } from './logger';

/**
 * The process's one logger, at POSTWRIGHT_LOG_LEVEL. server.mjs (production and `npm run dev`) makes it
 * first and both of Next's bundles share it; in tests it is made here, at first use (not at import, so a
 * test's environment is read when it is set).
 */
export function serverLog(): Logger {
  return processWide('log', () => createLogger(getEnv().POSTWRIGHT_LOG_LEVEL));
}
