import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.js';

describe('readConfig', () => {
  it('has the defaults of the contract', () => {
    expect(readConfig({})).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: './data',
      databaseUrl: undefined,
      redisUrl: undefined,
      adminToken: undefined,
      maxMessageBytes: 1_048_576,
      maxDocumentBytes: 16_000_000,
    });
  });

  it('reads every variable', () => {
    const config = readConfig({ PORT: '9000', HOST: '0.0.0.0', DATA_DIR: '/srv/charter', ADMIN_TOKEN: 'secret', MAX_MESSAGE_BYTES: '2048' });
    expect(config).toMatchObject({ port: 9000, host: '0.0.0.0', dataDir: '/srv/charter', adminToken: 'secret', maxMessageBytes: 2048 });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ PORT: '-1' }, /PORT/],
    [{ MAX_MESSAGE_BYTES: '1.5' }, /MAX_MESSAGE_BYTES/],
    [{ MAX_MESSAGE_BYTES: '10' }, /MAX_MESSAGE_BYTES/],
    [{ MAX_DOCUMENT_BYTES: 'lots' }, /MAX_DOCUMENT_BYTES/],
    [{ HOST: 'two words' }, /HOST/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ REDIS_URL: 'http://x' }, /REDIS_URL/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });
});
