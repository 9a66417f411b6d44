import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Dialect } from '../client/wire.js';
import { stopChild, track } from './children.js';
import type { Target } from './types.js';

const TESTS_DIR = fileURLToPath(new URL('../..', import.meta.url));
const START_TIMEOUT_MS = 30_000;

/**
 * A peer server (bench/peers/<script>) as a child process on a free loopback
 * port. Its rooms are just names: it has no tokens and stores nothing. Like the
 * product (built by `pnpm build`), it runs as plain JavaScript.
 */
export async function launchPeer(script: string, dialect: Dialect): Promise<Target> {
  const child = spawn(process.execPath, [`bench/peers/${script}`], {
    cwd: TESTS_DIR,
    env: { ...process.env, HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start:\n${output}`)), START_TIMEOUT_MS);
    child.stdout!.on('data', () => {
      const match = /listening on (\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}:\n${output}`)));
  }).catch(async (error: Error) => {
    await stopChild(child);
    throw error;
  });

  let nextRoom = 0;
  const base = `ws://127.0.0.1:${port}`;
  return {
    pid: child.pid!,
    async rooms(count) {
      return Array.from({ length: count }, () => {
        const room = `bench-${nextRoom++}`;
        // The reference takes the room from the path; Hocuspocus from each message.
        const endpoint = { url: dialect === 'hocuspocus' ? base : `${base}/${room}`, dialect, room };
        return { writer: endpoint, reader: endpoint };
      });
    },
    stop: () => stopChild(child),
  };
}
