import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { createFixture } from '../support/api.js';
import { startServer } from '../support/server.js';

/**
 * Debian's Chromium, driven by playwright-core (Playwright's own browser
 * download is not used). One browser per test file; each person is a context.
 */
let browser: Promise<Browser> | null = null;

export function launchBrowser(): Promise<Browser> {
  browser ??= chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return browser;
}

afterAll(async () => {
  const running = browser;
  browser = null;
  if (running) await (await running).close();
});

/**
 * A fresh browser profile (its own localStorage), as a separate person would
 * have; `options` for a language (`locale`) or a phone (`viewport`, `isMobile`, `hasTouch`).
 */
export async function newPerson(
  baseURL: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await (await launchBrowser()).newContext({ ...options, baseURL });
  const page = await context.newPage();
  // The page's own errors, printed beside the test that caused them.
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`[browser] ${message.text()}`);
  });
  page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
  return { context, page };
}

/**
 * Open the invite link and join by name, as a person does: the page then
 * greets them and this browser keeps their personal token.
 */
export async function joinAs(page: Page, token: string, name: string): Promise<void> {
  await page.goto(`/join/${token}`);
  await page.getByLabel('Your name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByText(`Welcome, ${name}.`).waitFor();
}

/** Join by name with the invite, then open the draft, where the others see that name. */
export async function openDraft(page: Page, token: string, draftId: string, name: string): Promise<void> {
  await joinAs(page, token, name);
  await page.goto(`/drafts/${draftId}`);
  await page.locator('.ProseMirror').waitFor();
  // On a phone "who is here" waits in a closed sheet: in the page is enough.
  await page.getByText(`Others see you as ${name}.`).waitFor({ state: 'attached' });
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
}

/**
 * A fresh server and draft, open for Amina (an editor) and then Bruno (the
 * facilitator). `prepare` runs on Amina's browser before she opens the draft.
 */
export async function aminaAndBruno(prepare?: (context: BrowserContext) => Promise<void>) {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  const amina = await newPerson(server.url);
  const bruno = await newPerson(server.url);
  await prepare?.(amina.context);
  await openDraft(amina.page, tokens.editor, draftId, 'Amina');
  await openDraft(bruno.page, tokens.facilitator, draftId, 'Bruno');
  return { server, tokens, draftId, amina, bruno };
}

/** Resolve when the editor's text contains `text`. */
export async function waitForText(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelector('.ProseMirror')?.textContent?.includes(expected) ?? false,
    text,
  );
}

/** The text of the draft, one line per block, without the carets' name labels. */
export function editorText(page: Page): Promise<string> {
  return page.locator('.ProseMirror').evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return Array.from(copy.children, (block) => block.textContent ?? '').join('\n');
  });
}

/**
 * Wait until the editor's own selection holds `text` (or, for an empty string, is a caret
 * in a block holding `within`). The editor reads the browser's selection when the browser
 * reports a change, a moment after a click or a key; a person's next action comes later
 * than that, a script's at once.
 */
export async function selectionSettles(page: Page, text: string, within = ''): Promise<void> {
  await page.waitForFunction(
    ([text, within]) => {
      interface Editor {
        state: { selection: { from: number; to: number; $from: { parent: { textContent: string } } }; doc: { textBetween(from: number, to: number): string } };
      }
      const editor = (document.querySelector('.ProseMirror') as unknown as { editor?: Editor } | null)?.editor;
      if (!editor) return false;
      const { selection, doc } = editor.state;
      return doc.textBetween(selection.from, selection.to) === text && selection.$from.parent.textContent.includes(within);
    },
    [text, within] as const,
  );
}
