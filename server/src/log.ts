import { destination, pino, type Level } from 'pino';

/**
 * JSON lines with levels (pino): `{"level":"warn","time":…,"msg":…,…fields}`.
 * Callers log initiative ids and roles, not secrets; anything that looks like
 * one (a token, an Authorization header) is redacted all the same.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const REDACTED = ['token', 'adminToken', 'authorization', 'headers.authorization', '*.token', '*.authorization'];

/** Lines go to stdout, or to `write` (a test's sink); below `level`, nothing is written. */
export function createLogger(write?: (line: string) => void, level: LogLevel = 'info'): Logger {
  const base = pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED, censor: '[redacted]' },
    },
    write ? { write: (line: string) => write(line.replace(/\n$/, '')) } : destination({ dest: 1, sync: true }),
  );
  const log = (at: Level) => (message: string, fields?: Record<string, unknown>) => (fields ? base[at](fields, message) : base[at](message));
  return { info: log('info'), warn: log('warn'), error: log('error') };
}
