import { afterEach, describe, expect, it, vi } from 'vitest';
import { EnvError, parseEnv } from './env';

describe('parseEnv', () => {
  it('defaults to SQLite, the documented limits and no trusted proxy', () => {
    expect(parseEnv({})).toEqual({
      POSTWRIGHT_SQLITE_PATH: './data/postwright.sqlite',
      POSTWRIGHT_RATE_LIMIT_CREATE: 60,
      POSTWRIGHT_RATE_LIMIT_WRITE: 120,
      POSTWRIGHT_RATE_LIMIT_EXPORT: 30,
      POSTWRIGHT_RATE_LIMIT_DIFF: 30,
      POSTWRIGHT_RATE_LIMIT_READ: 600,
      POSTWRIGHT_RATE_LIMIT_WINDOW_SECONDS: 60,
      POSTWRIGHT_TRUST_PROXY: false,
      POSTWRIGHT_TRUST_PROXY_HOPS: 1,
      POSTWRIGHT_TEMPLATE_DIR: 'content/templates',
      POSTWRIGHT_FONT_DIR: 'node_modules/dejavu-fonts-ttf/ttf',
      POSTWRIGHT_LOG_LEVEL: 'info',
    });
  });

  it('takes the template and font folders and a log level, and names a level it does not know', () => {
    const env = parseEnv({
      POSTWRIGHT_TEMPLATE_DIR: '/srv/templates',
      POSTWRIGHT_FONT_DIR: '/usr/share/fonts/dejavu',
      POSTWRIGHT_LOG_LEVEL: ' Debug ',
    });
    expect(env).toMatchObject({
      POSTWRIGHT_TEMPLATE_DIR: '/srv/templates',
      POSTWRIGHT_FONT_DIR: '/usr/share/fonts/dejavu',
      POSTWRIGHT_LOG_LEVEL: 'debug',
    });
    expect(() => parseEnv({ POSTWRIGHT_LOG_LEVEL: 'verbose' })).toThrow(/POSTWRIGHT_LOG_LEVEL: must be one of/);
  });

  it('takes a PostgreSQL URL, numbers, a public URL and a boolean', () => {
    const env = parseEnv({
      DATABASE_URL: 'postgresql://app@db.internal:5432/postwright',
      POSTWRIGHT_SQLITE_PATH: '/var/lib/postwright/db.sqlite',
      POSTWRIGHT_RATE_LIMIT_CREATE: '5',
      POSTWRIGHT_RATE_LIMIT_WRITE: ' 7 ',
      POSTWRIGHT_RATE_LIMIT_WINDOW_SECONDS: '30',
      POSTWRIGHT_PUBLIC_URL: 'https://jobs.example.com',
      POSTWRIGHT_TRUST_PROXY: 'TRUE',
    });
    expect(env).toMatchObject({
      DATABASE_URL: 'postgresql://app@db.internal:5432/postwright',
      POSTWRIGHT_SQLITE_PATH: '/var/lib/postwright/db.sqlite',
      POSTWRIGHT_RATE_LIMIT_CREATE: 5,
      POSTWRIGHT_RATE_LIMIT_WRITE: 7,
      POSTWRIGHT_RATE_LIMIT_WINDOW_SECONDS: 30,
      POSTWRIGHT_PUBLIC_URL: 'https://jobs.example.com',
      POSTWRIGHT_TRUST_PROXY: true,
    });
    expect(parseEnv({ DATABASE_URL: 'postgres://localhost/x' }).DATABASE_URL).toBe('postgres://localhost/x');
    for (const [raw, value] of [
      ['1', true],
      ['yes', true],
      ['false', false],
      ['0', false],
      ['no', false],
    ] as const) {
      expect(parseEnv({ POSTWRIGHT_TRUST_PROXY: raw }).POSTWRIGHT_TRUST_PROXY).toBe(value);
    }
  });

  it('names a bad DATABASE_URL in the message', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://db/x' })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://db/x' })).toThrow(
      /DATABASE_URL: must start with postgres:\/\/ or postgresql:\/\//,
    );
  });

  it('names every bad variable at once', () => {
    let error: EnvError | undefined;
    try {
      parseEnv({
        POSTWRIGHT_RATE_LIMIT_CREATE: 'many',
        POSTWRIGHT_RATE_LIMIT_WRITE: '0',
        POSTWRIGHT_RATE_LIMIT_WINDOW_SECONDS: '1.5',
        POSTWRIGHT_PUBLIC_URL: 'javascript:alert(1)',
        POSTWRIGHT_TRUST_PROXY: 'maybe',
      });
    } catch (caught) {
      error = caught as EnvError;
    }
    expect(error?.problems.map((p) => p.split(':')[0])).toEqual([
      'POSTWRIGHT_RATE_LIMIT_CREATE',
      'POSTWRIGHT_RATE_LIMIT_WRITE',
      'POSTWRIGHT_RATE_LIMIT_WINDOW_SECONDS',
      'POSTWRIGHT_PUBLIC_URL',
      'POSTWRIGHT_TRUST_PROXY',
    ]);
    expect(error?.message).toMatch(/^Invalid environment:\n {2}- POSTWRIGHT_RATE_LIMIT_CREATE: must be a whole number/);
  });

  it('treats a blank value as unset', () => {
    const env = parseEnv({ DATABASE_URL: '', POSTWRIGHT_RATE_LIMIT_CREATE: ' ', POSTWRIGHT_PUBLIC_URL: '' });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.POSTWRIGHT_PUBLIC_URL).toBeUndefined();
    expect(env.POSTWRIGHT_RATE_LIMIT_CREATE).toBe(60);
  });
});

describe('getEnv', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('reads process.env once, at first use', async () => {
    vi.stubEnv('POSTWRIGHT_RATE_LIMIT_CREATE', '3');
    const { getEnv } = await import('./env');
    expect(getEnv().POSTWRIGHT_RATE_LIMIT_CREATE).toBe(3);
    vi.stubEnv('POSTWRIGHT_RATE_LIMIT_CREATE', '4');
    expect(getEnv().POSTWRIGHT_RATE_LIMIT_CREATE).toBe(3);
  });

  it('stops with the bad variable named', async () => {
    vi.stubEnv('DATABASE_URL', 'sqlite://nope');
    const { getEnv } = await import('./env');
    expect(() => getEnv()).toThrow(/DATABASE_URL/);
  });
});
