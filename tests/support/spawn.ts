import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = fileURLToPath(new URL('../../server', import.meta.url));
/** The Node.js flags `pnpm start` gives the server (the root package.json), so tests run it as people do. */
const START_FLAGS = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }).scripts.start
  .split(/\s+/)
  .filter((arg) => arg.startsWith('--'));

/** Where a server keeps its data: a directory, and a PostgreSQL database when given. */
export interface Storage {
  dataDir: string;
  databaseUrl?: string;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `ws://127.0.0.1:<port>/collab` */
  collabUrl: string;
  port: number;
  storage: Storage;
  child: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  /** SIGTERM, and wait for the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: the crash no code can prepare for. */
  kill(): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string>;
  /** Reuse another server's storage, e.g. to restart after a crash. */
  storage?: Storage;
  /** Extra Node.js flags, e.g. `--cpu-prof`. */
  nodeFlags?: string[];
}

/**
 * Spawn the built server (see tests/support/buildServer.ts) as a child process
 * on a free port, the way `pnpm start` does, and resolve once it listens. The
 * caller stops it.
 */
export async function spawnServer(options: StartOptions = {}): Promise<RunningServer> {
  const storage = options.storage ?? { dataDir: mkdtempSync(join(tmpdir(), 'charter-test-')) };
  const child = spawn(process.execPath, [...START_FLAGS, ...(options.nodeFlags ?? []), 'dist/index.js'], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: storage.dataDir,
      ...(storage.databaseUrl ? { DATABASE_URL: storage.databaseUrl } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const port = await new Promise<number>((resolve, reject) => {
    const onData = () => {
      const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        child.stdout!.off('data', onData);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited with ${code} before listening:\n${output}`)));
  });

  return {
    url: `http://127.0.0.1:${port}`,
    collabUrl: `ws://127.0.0.1:${port}/collab`,
    port,
    storage,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}
