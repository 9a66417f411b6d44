import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** What has focus: its tag, its accessible-ish name, and its classes. */
export interface Focused {
  tag: string;
  name: string;
  className: string;
  /** Whether a focus ring shows on it (or, for the text, around the editor). */
  ringed: boolean;
}

export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: '', name: '', className: '', ringed: false };
    const shows = (e: Element) => {
      const style = getComputedStyle(e);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    };
    const surface = el.closest('.editor-surface');
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
    const name = el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '';
    return {
      tag: el.tagName.toLowerCase(),
      name: name.replace(/\s+/g, ' ').trim(),
      className: typeof el.className === 'string' ? el.className : '',
      ringed: shows(el) || (surface !== null && shows(surface)),
    };
  });
}

/**
 * Press `key` (Tab unless told) until the focused element matches; fails after
 * `max` presses. Checks the focus ring on the element reached.
 */
export async function tabTo(page: Page, match: (f: Focused) => boolean, what: string, key = 'Tab', max = 60): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (match(now)) {
      expect(now.ringed, `a visible focus ring on ${what}`).toBe(true);
      return now;
    }
    seen.push(`${now.tag} “${now.name.slice(0, 40)}”`);
  }
  throw new Error(`${what} not reached with ${key}; focus went through: ${seen.join(', ')}`);
}

/** An element named exactly `name` (or starting with it), of the given tag. */
export const named =
  (tag: string, name: string | RegExp) =>
  (f: Focused): boolean =>
    f.tag === tag && (typeof name === 'string' ? f.name === name : name.test(f.name));
