import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment } from './dates.js';

describe('dates', () => {
  it('writes a moment in the language, with the zone named', () => {
    const iso = '2026-12-02T16:05:00.000Z';
    expect(formatMoment(iso, 'en', 'UTC')).toMatch(/^December 2, 2026.* 4:05\sPM UTC$/);
    expect(formatMoment(iso, 'es', 'UTC')).toMatch(/^2 de diciembre de 2026.*16:05 UTC$/);
    expect(formatMoment(iso, 'fr', 'UTC')).toMatch(/^2 décembre 2026.*16:05 UTC$/);
  });

  it('writes a calendar day as that day, whatever the zone', () => {
    expect(formatDay('2026-01-01', 'fr', 'Pacific/Honolulu')).toBe('1 janvier 2026');
    expect(formatDay('2026-01-01', 'es')).toBe('1 de enero de 2026');
  });

  it('writes the day of a moment in the given zone', () => {
    expect(formatDay('2026-12-02T23:30:00.000Z', 'en', 'UTC')).toBe('December 2, 2026');
    expect(formatDay('2026-12-02T23:30:00.000Z', 'en', 'Asia/Tokyo')).toBe('December 3, 2026');
  });

  it('gives back what it cannot read rather than "Invalid Date"', () => {
    expect(formatMoment('soon', 'en')).toBe('soon');
    expect(formatDay('2026-13-45x', 'en')).toBe('2026-13-45x');
  });

});
