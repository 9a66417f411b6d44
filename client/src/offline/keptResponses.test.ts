import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dropResponse, dropResponsesOf, keepResponse, keptResponse } from './keptResponses';
import { memoryStorage as fakeStorage } from '../testing/memoryStorage';


describe('kept API answers', () => {
  beforeEach(() => vi.stubGlobal('localStorage', fakeStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('are kept per token: another token never gets them', () => {
    keepResponse('token-a', '/api/session', { role: 'editor' });
    expect(keptResponse('token-a', '/api/session')).toEqual({ role: 'editor' });
    expect(keptResponse('token-b', '/api/session')).toBeUndefined();
    expect(keptResponse(undefined, '/api/session')).toBeUndefined();
  });

  it('go when refused: one path, or everything of a replaced token', () => {
    keepResponse('token-a', '/api/session', 1);
    keepResponse('token-a', '/api/drafts/d1', 2);
    keepResponse('token-ab', '/api/drafts/d1', 3);
    dropResponse('token-a', '/api/drafts/d1');
    expect(keptResponse('token-a', '/api/drafts/d1')).toBeUndefined();
    expect(keptResponse('token-a', '/api/session')).toBe(1);
    dropResponsesOf('token-a');
    expect(keptResponse('token-a', '/api/session')).toBeUndefined();
    // A token that merely starts with the same letters keeps its own.
    expect(keptResponse('token-ab', '/api/drafts/d1')).toBe(3);
  });

  it('never throw when storage is unavailable', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(() => keepResponse('t', '/api/session', 1)).not.toThrow();
    expect(keptResponse('t', '/api/session')).toBeUndefined();
    expect(() => dropResponsesOf('t')).not.toThrow();
  });
});
