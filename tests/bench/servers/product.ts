import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { createFixture, request, type Fixture } from '../../support/api.js';
import { createDatabase } from '../../support/postgres.js';
import { spawnServer, type RunningServer } from '../../support/spawn.js';
import type { Endpoint } from '../client/wire.js';
import { stopChild, track } from './children.js';
import type { Room, Target } from './types.js';

/**
 * The API allows one token a burst of 300 calls: an initiative (whose
 * facilitator token makes the drafts) gets at most this many drafts.
 */
const DRAFTS_PER_INITIATIVE = 250;
const PARALLEL_REQUESTS = 8;

/**
 * `BENCH_CPU_PROFILE=<dir>`: each product server writes a V8 CPU profile there
 * when it stops (read it with `pnpm bench:profile <file>` or Chromium's DevTools).
 */
function profileFlags(): string[] {
  const dir = process.env.BENCH_CPU_PROFILE;
  // pnpm runs the bench in tests/: a relative directory is the caller's.
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(process.env.INIT_CWD ?? '.', dir)}`] : [];
}

/** The product, durable: SQLite in a fresh directory, or a fresh PostgreSQL database. */
export async function launchProduct(store: 'sqlite' | 'postgres' = 'sqlite'): Promise<Target> {
  const database = store === 'postgres' ? await createDatabase() : null;
  let server: RunningServer;
  try {
    server = await spawnServer({
      ...(database ? { env: { DATABASE_URL: database.url } } : {}),
      nodeFlags: profileFlags(),
    });
  } catch (error) {
    await database?.drop();
    throw error;
  }
  track(server.child);
  let stopped = false;

  const endpoint = (draftId: string, token: string): Endpoint => ({
    url: `${server.collabUrl}/${encodeURIComponent(draftId)}?token=${encodeURIComponent(token)}`,
    dialect: 'y-websocket',
    room: draftId,
  });

  async function addDraft(fixture: Fixture, n: number): Promise<string> {
    const draft = await request<{ id: string }>(server.url, 'POST', `/api/initiatives/${fixture.initiative.id}/drafts`, {
      token: fixture.tokens.facilitator,
      body: { title: `Bench draft ${n}`, kind: 'charter' },
    });
    if (draft.status !== 201) throw new Error(`draft: ${draft.status} ${JSON.stringify(draft.body)}`);
    return draft.body.id;
  }

  return {
    pid: server.child.pid!,
    async rooms(count) {
      const rooms: Room[] = [];
      for (let start = 0; start < count; start += DRAFTS_PER_INITIATIVE) {
        const fixture = await createFixture(server.url);
        const size = Math.min(DRAFTS_PER_INITIATIVE, count - start);
        const draftIds = [fixture.draftId];
        for (let n = 1; n < size; n += PARALLEL_REQUESTS) {
          const batch = Array.from({ length: Math.min(PARALLEL_REQUESTS, size - n) }, (_, i) => addDraft(fixture, n + i));
          draftIds.push(...(await Promise.all(batch)));
        }
        for (const id of draftIds) rooms.push({ writer: endpoint(id, fixture.tokens.editor), reader: endpoint(id, fixture.tokens.viewer) });
      }
      return rooms;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopChild(server.child);
      rmSync(server.storage.dataDir, { recursive: true, force: true });
      await database?.drop();
    },
  };
}
