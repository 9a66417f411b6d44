import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { aminaAndBruno, editorText, selectionSettles, waitForText } from './browser.js';

/** The links in the text, as the reader's editor draws them (without the others' carets' name labels). */
const linksIn = (page: Page) =>
  page.locator('.ProseMirror a').evaluateAll((anchors) =>
    anchors.map((a) => {
      const copy = a.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
      return { text: copy.textContent, href: a.getAttribute('href') };
    }),
  );

it('an address becomes a link once typed or pasted, for everyone, and Ctrl with a click opens it', async () => {
  const { amina, bruno, server } = await aminaAndBruno();
  const editor = amina.page.locator('.ProseMirror');
  await editor.click();
  await amina.page.keyboard.press('End');
  // Typed: linked at the space after it, without the full stop; abbreviations and numbers stay text.
  await amina.page.keyboard.type(' Read humanrightscities.org. See e.g. clause 3.5 too.');
  // Typed: linked at the new line after it.
  await amina.page.keyboard.press('Enter');
  await amina.page.keyboard.type('https://example.org/charter?lang=fr');
  await amina.page.keyboard.press('Enter');
  await amina.page.keyboard.type('The city council');
  await waitForText(bruno.page, 'The city council');

  const expected = [
    { text: 'humanrightscities.org', href: 'http://humanrightscities.org' },
    { text: 'https://example.org/charter?lang=fr', href: 'https://example.org/charter?lang=fr' },
  ];
  await expect.poll(() => linksIn(amina.page)).toEqual(expected);
  await expect.poll(() => linksIn(bruno.page)).toEqual(expected);
  // Typing on after a link does not make the link longer.
  expect(await amina.page.locator('.ProseMirror a', { hasText: 'See' }).count()).toBe(0);

  // An address pasted over selected words links those words.
  await amina.page.keyboard.down('Shift');
  for (let i = 0; i < 'council'.length; i++) await amina.page.keyboard.press('ArrowLeft');
  await amina.page.keyboard.up('Shift');
  await selectionSettles(amina.page, 'council');
  await editor.evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'https://riverside.gov/council');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect.poll(() => linksIn(bruno.page)).toContainEqual({ text: 'council', href: 'https://riverside.gov/council' });
  // The words stay as they were.
  await expect.poll(() => editorText(bruno.page)).toContain('The city council');

  // A click alone places the caret; Ctrl and a click opens the link in a new tab.
  const link = amina.page.locator('.ProseMirror a', { hasText: 'humanrightscities.org' });
  // The closed network has no such site: the browser is given a page for it.
  await amina.context.route('http://humanrightscities.org/**', (route) => route.fulfill({ contentType: 'text/html', body: 'Human Rights Cities' }));
  let opened = false;
  amina.context.on('page', () => (opened = true));
  await link.click();
  await amina.page.waitForTimeout(300);
  expect(opened).toBe(false);
  const [tab] = await Promise.all([amina.context.waitForEvent('page'), link.click({ modifiers: ['Control'] })]);
  await expect.poll(() => tab.url()).toBe('http://humanrightscities.org/');

  await amina.context.close();
  await bruno.context.close();
  await server.stop();
});
