import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { activityLine } from './activityLine';

describe('an activity line', () => {
  it('says who did what in plain words, anonymous work as Anonymous', () => {
    const at = '2026-01-01T00:00:00.000Z';
    const bruno = { id: 'b', name: 'Bruno' };
    expect(activityLine({ at, kind: 'status', author: bruno, detail: 'review' }, i18n.t)).toBe('Bruno set the status to “In review”');
    expect(activityLine({ at, kind: 'participant_removed', author: bruno, detail: 'Amina' }, i18n.t)).toBe(
      'Bruno removed Amina from the initiative',
    );
    expect(activityLine({ at, kind: 'version', author: null, detail: 'First reading' }, i18n.t)).toBe(
      'Anonymous saved a version: First reading',
    );
  });
});
