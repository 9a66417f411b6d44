import { expect, it } from 'vitest';
import { formatElapsed } from './elapsed';

it('shows minutes and zero-padded seconds', () => {
  expect(formatElapsed(0)).toBe('0:00');
  expect(formatElapsed(9_999)).toBe('0:09');
  expect(formatElapsed(65_000)).toBe('1:05');
  expect(formatElapsed(75 * 60_000 + 3_000)).toBe('75:03');
});

it('never runs backwards when the facilitator’s clock is ahead', () => {
  expect(formatElapsed(-4_000)).toBe('0:00');
});
