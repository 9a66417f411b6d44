import { describe, expect, it } from 'vitest';
import { createLogger } from './log.js';

describe('the log', () => {
  it('writes one JSON line per event, with its level, and redacts anything named like a secret', () => {
    const lines: string[] = [];
    const logger = createLogger((line) => lines.push(line), 'warn');
    logger.info('not written at warn');
    logger.warn('socket not reading', { document: 'd1', token: 'secret', headers: { authorization: 'Bearer secret' } });
    expect(lines).toHaveLength(1);
    const event = JSON.parse(lines[0]);
    expect(event).toMatchObject({ level: 'warn', msg: 'socket not reading', document: 'd1', token: '[redacted]', headers: { authorization: '[redacted]' } });
    expect(Date.parse(event.time)).not.toBeNaN();
    expect(lines[0]).not.toContain('secret"');
  });
});
