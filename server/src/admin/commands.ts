import { ROLES, isRole, type Role } from '@charter/shared';
import type { Config } from '../config.js';
import { inviteFor, issueInvite } from '../invites/issue.js';
import type { AppStore } from '../store/types.js';

/** Where a command writes: what it prints, and what went wrong. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/**
 * Tell running servers a role's links were replaced, so they close the sockets
 * opened with the old one (through Redis, when REDIS_URL is set).
 */
export type AnnounceRevoke = (initiativeId: string, role: Role) => Promise<void>;

export const USAGE = `Usage:
  pnpm admin initiatives
      List every initiative: id, name, place, when it was created.
  pnpm admin invite <initiativeId> <role> [--origin <url>]
      Issue a new invite link for a role (${ROLES.join(', ')}), replacing the old one,
      and print it. --origin is the address people reach the app at
      (default http://HOST:PORT from the environment).`;

/** The address to print links with: the server's own, as `pnpm start` announces it. */
function defaultOrigin(config: Config): string {
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
}

/** `--origin <url>` or `--origin=<url>`, taken out of the arguments; null if it is not a web address. */
function takeOrigin(args: string[], config: Config): { rest: string[]; origin: string | null } {
  const rest: string[] = [];
  let given: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--origin') given = args[++i] ?? '';
    else if (args[i].startsWith('--origin=')) given = args[i].slice('--origin='.length);
    else rest.push(args[i]);
  }
  if (given === undefined) return { rest, origin: defaultOrigin(config) };
  try {
    const url = new URL(given);
    return { rest, origin: /^https?:$/.test(url.protocol) ? url.origin : null };
  } catch {
    return { rest, origin: null };
  }
}

/**
 * Run one operator command against the store; resolves with the exit code:
 * 0 done, 1 a record that does not exist, 2 a command used wrongly.
 */
export async function runAdmin(args: string[], app: AppStore, config: Config, io: Output, announce?: AnnounceRevoke): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'initiatives' && rest.length === 0) {
    const initiatives = await app.listInitiatives();
    if (initiatives.length === 0) io.out('No initiatives yet.');
    // One line per initiative, tab-separated: a tab or line break typed in a name would split it.
    const field = (text: string) => text.replace(/\s+/g, ' ');
    for (const { id, name, place, createdAt } of initiatives) io.out([id, field(name), field(place), createdAt].join('\t'));
    return 0;
  }
  if (command === 'invite') {
    const { rest: positional, origin } = takeOrigin(rest, config);
    const [initiativeId, role] = positional;
    if (positional.length !== 2) {
      io.err(`invite needs an initiative id and a role.\n\n${USAGE}`);
      return 2;
    }
    if (origin === null) {
      io.err('--origin must be a web address such as https://charter.example.org.');
      return 2;
    }
    if (!isRole(role)) {
      io.err(`Unknown role "${role}": expected one of ${ROLES.join(', ')}.`);
      return 2;
    }
    const initiative = await app.getInitiative(initiativeId);
    if (!initiative) {
      io.err(`No initiative has the id "${initiativeId}". "pnpm admin initiatives" lists them.`);
      return 1;
    }
    const token = await issueInvite(app, initiative.id, role, new Date(), null);
    await announce?.(initiative.id, role);
    io.out(inviteFor(origin, token).url);
    return 0;
  }
  if (command === 'help' || command === '--help') {
    io.out(USAGE);
    return 0;
  }
  if (command === undefined) {
    io.err(USAGE);
    return 2;
  }
  io.err(`Unknown command "${[command, ...rest].join(' ')}".\n\n${USAGE}`);
  return 2;
}
