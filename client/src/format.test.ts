import { describe, expect, it } from 'vitest';
import { formatNumber } from './format';

describe('formatNumber', () => {
  it('writes what Intl writes, in every variant of the app’s languages', () => {
    // The digits-alone path below 1,000 stands on this: checked for each variant a browser may name.
    for (const locale of ['en', 'en-GB', 'en-IN', 'en-US', 'es', 'es-ES', 'es-MX', 'es-419', 'fr', 'fr-CA', 'fr-CH']) {
      const intl = new Intl.NumberFormat(locale);
      for (let n = 0; n < 1000; n++) expect(intl.format(n), `${n} in ${locale}`).toBe(String(n));
    }
    for (const n of [0, 7, 42, 999, 1000, 12_345, 1_234_567, 2.5, -3]) {
      expect(formatNumber(n)).toBe(new Intl.NumberFormat('en').format(n));
    }
  });
});
