import { LOG_LEVELS, type LogLevel } from './log.js';

/** The configuration of CONTRACT.md, read and checked once, at start. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  adminToken?: string;
  maxMessageBytes: number;
  /** A document's encoded size may not grow past this; the update that would is refused (close 1009). */
  maxDocumentBytes: number;
}

export class ConfigError extends Error {}

/** LOG_LEVEL: how much the server logs (info when not set). */
export function readLogLevel(env: NodeJS.ProcessEnv): LogLevel {
  const level = optional(env, 'LOG_LEVEL') ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; it is "${level}".`);
  return level as LogLevel;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; it is "${raw}".`);
  }
  return Number(raw);
}

function optional(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const host = optional(env, 'HOST') ?? '127.0.0.1';
  if (/\s|\/|^\[?:?$/.test(host)) throw new ConfigError(`HOST must be a host name or an IP address; it is "${host}".`);
  const databaseUrl = optional(env, 'DATABASE_URL');
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://.');
  }
  const redisUrl = optional(env, 'REDIS_URL');
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new ConfigError('REDIS_URL must start with redis:// or rediss://.');
  const adminToken = optional(env, 'ADMIN_TOKEN');
  return {
    port: integer(env, 'PORT', 8080, 0, 65535),
    host,
    dataDir: optional(env, 'DATA_DIR') ?? './data',
    databaseUrl,
    redisUrl,
    adminToken,
    maxMessageBytes: integer(env, 'MAX_MESSAGE_BYTES', 1_048_576, 1024, 1024 * 1024 * 1024),
    maxDocumentBytes: integer(env, 'MAX_DOCUMENT_BYTES', 16_000_000, 1024, 1024 * 1024 * 1024),
  };
}
