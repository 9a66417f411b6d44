import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Where the editor's pictures go: a folder git ignores, kept by the test run as its artifacts. */
const SCREENSHOTS = new URL('../../test-results/screenshots/', import.meta.url);

/** Save what the page shows now as test-results/screenshots/<name>.png. */
export async function picture(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname });
}

export interface Alignment {
  clauses: number;
  buttons: number;
  /** The largest distance, in pixels, between a button's middle and the middle of its clause's first line. */
  worst: number;
  /** Which clause (from 1) that is. */
  at: number;
  /**
   * The same, where a button may sit lower than its line only because the
   * button above it reaches that far (44 px buttons beside short clauses on a
   * phone): then it must sit just under that one, never further.
   */
  worstPushed: number;
  atPushed: number;
}

/** Room the gutter leaves between two buttons it pushed apart (ClauseGutter's GAP_PX). */
const GAP_PX = 4;

/**
 * How far each clause's gutter button sits from its clause's first line, as
 * drawn now (read after two frames, once the gutter has caught up).
 */
export async function gutterAlignment(page: Page): Promise<Alignment> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate((gap) => {
    const blocks = Array.from(document.querySelectorAll('.ProseMirror > [data-clause-id]'));
    const buttons = Array.from(document.querySelectorAll('.clause-gutter .clause-button'));
    const result = { clauses: blocks.length, buttons: buttons.length, worst: 0, at: 0, worstPushed: 0, atPushed: 0 };
    let floor = -Infinity;
    blocks.forEach((block, index) => {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) =>
          node.textContent && !node.parentElement?.closest('.collaboration-carets__caret') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
      });
      const text = walker.nextNode();
      const button = buttons[index]?.getBoundingClientRect();
      if (!text || !button) return;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 1);
      const line = range.getClientRects()[0];
      const lineMiddle = (line.top + line.bottom) / 2;
      const middle = (button.top + button.bottom) / 2;
      const off = Math.abs(middle - lineMiddle);
      if (off > result.worst) Object.assign(result, { worst: off, at: index + 1 });
      const allowed = Math.max(lineMiddle, floor + button.height / 2);
      const offPushed = Math.abs(middle - allowed);
      if (offPushed > result.worstPushed) Object.assign(result, { worstPushed: offPushed, atPushed: index + 1 });
      floor = button.bottom + gap;
    });
    return result;
  }, GAP_PX);
}

/** Join by name from the invite link in whatever language the page speaks. */
export async function joinInAnyLanguage(page: Page, token: string, name: string): Promise<void> {
  await page.goto(`/join/${token}`);
  await page.locator('.join-form input[name="name"]').fill(name);
  await page.locator('.join-form button[type="submit"]').click();
  await page.locator('.welcome').waitFor();
}
