import { describe, expect, it } from 'vitest';
import { DRAFT_STATUSES, ROLES } from '@charter/shared';
import { mayWrite } from './room.js';

describe('mayWrite', () => {
  it('lets no client write a draft’s decisions, whatever its role and the draft’s status', () => {
    for (const role of ROLES) for (const status of DRAFT_STATUSES) expect(mayWrite(role, 'decisions', status)).toBe(false);
  });

  it('still lets a facilitator write the session, and all but viewers the notes while drafting', () => {
    expect(mayWrite('facilitator', 'session', 'review')).toBe(true);
    expect(mayWrite('reviewer', 'notes', 'drafting')).toBe(true);
    expect(mayWrite('viewer', 'notes', 'drafting')).toBe(false);
  });
});
