import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { communitiesProblem, parseCommunities } from '../communities';
import { memoryStorage } from '../testing/memoryStorage';
import { forgetPerson, joinToken, joinedWith, listTokens, rememberToken, replaceOwnInvite, workingToken } from '../tokens';

describe('the communities a person gives', () => {
  it('are split on commas, trimmed, each once', () => {
    expect(parseCommunities(' Tenants, Eastside ,, Tenants ')).toEqual(['Tenants', 'Eastside']);
    expect(parseCommunities('  ')).toEqual([]);
  });

  it('are at most 5, each at most 60 characters', () => {
    expect(communitiesProblem(['a', 'b', 'c', 'd', 'e'])).toBeNull();
    expect(communitiesProblem(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('tooMany');
    expect(communitiesProblem(['x'.repeat(61)])).toBe('tooLong');
  });
});

describe('the tokens a device keeps', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());
  const base = { initiativeId: 'i1', role: 'editor' as const, initiativeName: 'Lakeside' };

  it('use the personal token for the invite a person joined with, and never put it in an address', () => {
    rememberToken({ ...base, token: 'invite1' });
    rememberToken({ ...base, token: 'personal1', invite: 'invite1', person: { id: 'p1', name: 'Amina' } });
    expect(listTokens()).toHaveLength(1);
    expect(joinedWith('invite1')?.person?.name).toBe('Amina');
    expect(workingToken('invite1')).toBe('personal1');
    expect(joinToken('personal1')).toBe('invite1');
    // Another initiative's invite is left as it is.
    expect(workingToken('other')).toBe('other');
  });

  it('hold the invite again after "not you?", for someone else to join', () => {
    rememberToken({ ...base, token: 'personal1', invite: 'invite1', person: { id: 'p1', name: 'Amina' } });
    forgetPerson(listTokens()[0]);
    expect(listTokens()).toEqual([{ ...base, token: 'invite1' }]);
    expect(joinedWith('invite1')).toBeNull();
  });

  it('keep a facilitator’s own token when they replace their role’s link', () => {
    const facilitator = { ...base, role: 'facilitator' as const };
    rememberToken({ ...facilitator, token: 'personal1', invite: 'old', person: { id: 'p1', name: 'Bruno' } });
    replaceOwnInvite('i1', 'new', { ...facilitator, token: 'new' });
    expect(listTokens()).toEqual([{ ...facilitator, token: 'personal1', invite: 'new', person: { id: 'p1', name: 'Bruno' } }]);
    expect(workingToken('new')).toBe('personal1');
    // Nobody joined: the new link is the token.
    rememberToken({ ...facilitator, token: 'invite2' });
    replaceOwnInvite('i1', 'invite3', { ...facilitator, token: 'invite3' });
    expect(listTokens()).toEqual([{ ...facilitator, token: 'invite3' }]);
  });

  it('skip entries a browser stored in another shape', () => {
    localStorage.setItem('charter.tokens', JSON.stringify([{ ...base, token: 't', person: { id: 1 } }, { ...base, token: 'ok' }]));
    expect(listTokens().map((entry) => entry.token)).toEqual(['ok']);
  });
});
