import { Kysely, sql } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDb } from '../../lib/server/db/connection';
import { withLongestBlock } from '../../test/support/longest-block';
import { round } from './stats';

/**
 * What a burst of posting writes does to everything else on the server: 20 concurrent writers commit 1500
 * posting-sized transactions (synchronous=FULL, as the app runs) through the app's SQLite connection, while
 * a 5 ms timer measures the longest time the event loop could not run anything else. On the request
 * thread this was the whole burst (12–14 s: the commits chain through promises and never yield); in the
 * worker it is a few timer periods.
 */
export async function measureSqliteCommitStall({ writers = 20, perWriter = 75 } = {}) {
  const folder = mkdtempSync(path.join(tmpdir(), 'postwright-stall-'));
  const { db } = openDb({ kind: 'sqlite', path: path.join(folder, 'stall.sqlite') });
  try {
    const raw = db as unknown as Kysely<unknown>;
    await sql`create table p (id text primary key, d text not null)`.execute(raw);
    await sql`create table v (id text not null, n integer not null, d text not null, primary key (id, n))`.execute(raw);
    const draft = JSON.stringify({ text: 'x'.repeat(3000) });
    const { elapsedMs, longestBlockMs } = await withLongestBlock(
      () =>
        Promise.all(
          Array.from({ length: writers }, async (_, w) => {
            for (let i = 0; i < perWriter; i++) {
              const id = `${w}-${i}`;
              await raw.transaction().execute(async (trx) => {
                await sql`insert into p values (${id}, ${draft})`.execute(trx);
                await sql`insert into v values (${id}, 1, ${draft})`.execute(trx);
              });
            }
          }),
        ),
      5,
    );
    const seconds = elapsedMs / 1000;
    return {
      settings: `${writers} concurrent writers × ${perWriter} transactions of two 3 KB rows, synchronous=FULL`,
      commitsPerSecond: round((writers * perWriter) / seconds, 0),
      eventLoopMaxGapMs: round(longestBlockMs, 0),
    };
  } finally {
    await db.destroy();
    rmSync(folder, { recursive: true, force: true });
  }
}
