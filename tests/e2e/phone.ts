import type { Page } from 'playwright-core';

/** A phone: 360 × 740 CSS pixels, touch, mobile viewport. */
export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

/** The smallest side of a touch target, in CSS pixels. */
export const MIN_TARGET = 44;

/** How far the page is wider than the screen (0 when it is not). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
}

/**
 * Every visible control smaller than 44 × 44: links, buttons, fields, the
 * summary of a disclosure. A checkbox or radio counts with its label (tapping
 * either ticks it). Exempt: a link inside a sentence (its line of text is the
 * target; WCAG 2.5.8's inline exception).
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    const small: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (element.closest('.ProseMirror')) continue; // The text itself.
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      let box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // Visually hidden (1 px, clipped): not a target, but the skip link shows when focused.
      if (element.closest('.visually-hidden') || (box.width <= 1 && box.height <= 1)) continue;
      if (element.classList.contains('skip-link') && box.bottom <= 0) continue;
      if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
        for (const label of Array.from(element.labels ?? [])) {
          const l = label.getBoundingClientRect();
          const left = Math.min(box.left, l.left);
          const top = Math.min(box.top, l.top);
          box = new DOMRect(left, top, Math.max(box.right, l.right) - left, Math.max(box.bottom, l.bottom) - top);
        }
      }
      if (element.tagName === 'A') {
        const parent = element.parentElement;
        const own = (element.textContent ?? '').trim();
        const around = (parent?.textContent ?? '').trim();
        if (parent && around.length > own.length + 1 && getComputedStyle(element).display === 'inline') continue;
      }
      if (box.width + 0.5 < min || box.height + 0.5 < min) {
        const name = (element.getAttribute('aria-label') ?? element.textContent ?? (element as HTMLInputElement).name ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        small.push(`${element.tagName.toLowerCase()}${element.className ? '.' + String(element.className).split(' ').join('.') : ''} “${name}” ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  }, MIN_TARGET);
}
