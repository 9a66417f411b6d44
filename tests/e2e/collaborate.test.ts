import { expect, it } from 'vitest';
import { aminaAndBruno, waitForText } from './browser.js';

it('two people see each other’s text, caret and presence', async () => {
  const { amina, bruno } = await aminaAndBruno();

  await amina.page.locator('.ProseMirror').click();
  await amina.page.keyboard.type('Everyone has the right to housing.');
  await waitForText(bruno.page, 'Everyone has the right to housing.');

  // A caret is drawn for a person whose editor has focus.
  await bruno.page.locator('.ProseMirror').click();
  const aminaCaretAtBruno = bruno.page.locator('.collaboration-carets__caret', { hasText: 'Amina' });
  const brunoCaretAtAmina = amina.page.locator('.collaboration-carets__caret', { hasText: 'Bruno' });
  await aminaCaretAtBruno.waitFor();
  await brunoCaretAtAmina.waitFor();
  expect(await aminaCaretAtBruno.count()).toBe(1);
  expect(await brunoCaretAtAmina.count()).toBe(1);

  const whoIsHere = (page: typeof amina.page) =>
    page.locator('.presence-list li').evaluateAll((items) => items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim()));
  // Each line also says which clause the person's caret is in.
  await amina.page.locator('.presence-list li', { hasText: 'Bruno' }).filter({ hasText: 'in clause 1' }).waitFor();
  await bruno.page.locator('.presence-list li', { hasText: 'Amina' }).filter({ hasText: 'in clause 1' }).waitFor();
  expect(await whoIsHere(amina.page)).toEqual(['Amina (you)Editor (resident)in clause 1', 'BrunoFacilitatorin clause 1']);
  // Bruno's own line follows his click a render later, and nothing above waited for it.
  await expect.poll(() => whoIsHere(bruno.page), { timeout: 10_000 }).toEqual(['Bruno (you)Facilitatorin clause 1', 'AminaEditor (resident)in clause 1']);

  await amina.context.close();
  await bruno.context.close();
});
