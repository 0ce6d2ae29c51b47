import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureLog, installServerLog } from './capture-log';

describe('createLogger', () => {
  it('writes one JSON object per line with level, time, service and message', () => {
    const { logger, lines } = captureLog('info');
    logger.info({ requestId: 'r-1' }, 'hello');
    expect(lines()).toEqual([
      expect.objectContaining({ level: 30, service: 'postwright', requestId: 'r-1', msg: 'hello' }),
    ]);
    expect(Date.parse(lines()[0]!.time as string)).not.toBeNaN();
  });

  it('keeps only what its level lets through', () => {
    const quiet = captureLog('warn');
    quiet.logger.debug('debug');
    quiet.logger.info('info');
    quiet.logger.error('error');
    expect(quiet.lines().map((line) => line.msg)).toEqual(['error']);
    const chatty = captureLog('debug');
    chatty.logger.debug('debug');
    chatty.logger.info('info');
    expect(chatty.lines().map((line) => line.msg)).toEqual(['debug', 'info']);
  });

  it('logs an error with its message and stack, under err', () => {
    const { logger, lines } = captureLog('info');
    logger.error({ err: new Error('disk full') }, 'write failed');
    expect(lines()[0]!.err).toMatchObject({
      type: 'Error',
      message: 'disk full',
      stack: expect.stringContaining('Error'),
    });
  });
});

describe('serverLog', () => {
  afterEach(() => {
    installServerLog(undefined);
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('takes its level from POSTWRIGHT_LOG_LEVEL', async () => {
    installServerLog(undefined);
    vi.stubEnv('POSTWRIGHT_LOG_LEVEL', 'error');
    vi.resetModules();
    const { serverLog } = await import('./server-log');
    expect(serverLog().level).toBe('error');
    expect(serverLog().isLevelEnabled('warn')).toBe(false);
  });

  it('is the logger the process made first (server.mjs), shared by every bundle', async () => {
    const { logger } = captureLog('debug');
    installServerLog(logger);
    const { serverLog } = await import('./server-log');
    expect(serverLog()).toBe(logger);
  });
});
