import { expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createFixture } from '../support/api.js';
import { startServer } from '../support/server.js';
import { launchBrowser } from './browser.js';

/** A person whose browser asks for `locale`, in UTC so dates read the same everywhere. */
async function personSpeaking(baseURL: string, locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await (await launchBrowser()).newContext({ baseURL, locale, timezoneId: 'UTC' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
  return { context, page };
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

const FRENCH_MONTHS = /\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/;

it('speaks the browser’s language, switches by keyboard, and remembers the choice', async () => {
  const server = await startServer();
  const { tokens } = await createFixture(server.url);
  const { context, page } = await personSpeaking(server.url, 'es-ES');

  await page.goto(`/join/${tokens.editor}`);
  await page.getByRole('heading', { level: 2, name: 'Borradores' }).waitFor();
  expect(await htmlLang(page)).toBe('es');
  await page.getByRole('link', { name: 'Registro de necesidades de la comunidad' }).waitFor();
  const picker = page.getByRole('combobox', { name: 'Idioma' });
  expect(await picker.inputValue()).toBe('es');

  // Tab to the control (skip link, the app's name, then the language), and choose the next language.
  for (let presses = 0; presses < 10; presses++) {
    if (await picker.evaluate((select) => select === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('ArrowDown');
  await page.getByRole('heading', { level: 2, name: 'Projets de texte' }).waitFor();
  expect(await htmlLang(page)).toBe('fr');
  const frenchPicker = page.getByRole('combobox', { name: 'Langue' });
  expect(await frenchPicker.inputValue()).toBe('fr');
  expect(await frenchPicker.evaluate((select) => select === document.activeElement)).toBe(true);
  // Each language is named in itself.
  expect(await frenchPicker.locator('option').allTextContents()).toEqual(['English', 'Español', 'Français']);

  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Projets de texte' }).waitFor();
  expect(await htmlLang(page)).toBe('fr');
  expect(await page.title()).toBe('Human Rights City of Riverside · Charter Commons');
  await page.getByText('Votre rôle : Rédacteur·rice (habitant·e).').waitFor();

  // The draft list: its kind in French, its last change as a French date.
  const row = page.getByRole('row', { name: /Riverside Human Rights Charter/ });
  await row.getByRole('cell', { name: 'Charte' }).waitFor();
  const when = row.locator('time');
  expect(await when.getAttribute('title')).toMatch(FRENCH_MONTHS);
  expect(await when.textContent()).toMatch(/il y a|maintenant|à l’instant/);

  await context.close();
});

it('speaks English to a browser that asks for none of its languages', async () => {
  const server = await startServer();
  const { tokens } = await createFixture(server.url);
  const { context, page } = await personSpeaking(server.url, 'de-DE');

  await page.goto(`/join/${tokens.viewer}`);
  await page.getByRole('heading', { level: 2, name: 'Drafts' }).waitFor();
  expect(await htmlLang(page)).toBe('en');
  expect(await page.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('en');

  await context.close();
});
