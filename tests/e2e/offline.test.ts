import { expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createFixture, request } from '../support/api.js';
import { startServer } from '../support/server.js';
import { aminaAndBruno, editorText, newPerson, openDraft, waitForText } from './browser.js';

const OFFLINE_KEPT = 'Your changes are kept on this device and sent when the connection returns.';
const KEPT_ON_DEVICE = 'Saved on this device, not yet sent';

/**
 * Let the test cut a page's network. Going offline in Chromium leaves an open
 * websocket open, so the page's sockets are also closed, and while cut a new
 * one is pointed at a port nobody listens on (the flag lives in
 * sessionStorage, so it holds across a reload).
 */
async function makeCuttable(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const Native = window.WebSocket;
    const open = new Set<WebSocket>();
    const isCut = () => sessionStorage.getItem('test.cut') === '1';
    class Cuttable extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(isCut() ? `ws://${location.host}/cut-off` : url, protocols);
        open.add(this);
        this.addEventListener('close', () => open.delete(this));
      }
    }
    window.WebSocket = Cuttable;
    const controls = window as unknown as { cutNetwork(): void; restoreNetwork(): void };
    controls.cutNetwork = () => {
      sessionStorage.setItem('test.cut', '1');
      open.forEach((socket) => socket.close());
    };
    controls.restoreNetwork = () => sessionStorage.removeItem('test.cut');
  });
}

/** Cut the page's sockets only: the browser still says it is online, as on a Wi-Fi that carries nothing. */
async function cutSockets(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { cutNetwork(): void }).cutNetwork());
}

async function cut(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  await cutSockets(page);
}

async function restore(context: BrowserContext, page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { restoreNetwork(): void }).restoreNetwork());
  await context.setOffline(false);
}

/**
 * Resolve once the service worker is activated, its cache filled: from then on
 * a page load is its to answer. The page itself need not be controlled: one
 * whose load was under way while the worker activated is left out of the
 * worker's `clients.claim()`, and stays uncontrolled until it reloads.
 */
async function serviceWorkerActivated(page: Page): Promise<void> {
  const state = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state);
  await expect.poll(state, { timeout: 30_000 }).toBe('activated');
}

function badge(page: Page) {
  return page.locator('.badge');
}

/** Type a new paragraph at the end of the text. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.locator('.ProseMirror').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

it('edits made offline are kept, survive a reload, and merge with the others’ when the connection returns', async () => {
  const { server, tokens, draftId, amina, bruno } = await aminaAndBruno(makeCuttable);
  await serviceWorkerActivated(amina.page);

  await typeAtEnd(amina.page, 'Everyone has the right to housing.');
  await waitForText(bruno.page, 'Everyone has the right to housing.');
  await badge(amina.page).filter({ hasText: 'All changes saved' }).waitFor();

  // Amina's link drops; both go on writing.
  await cut(amina.context, amina.page);
  await badge(amina.page).filter({ hasText: 'Offline' }).filter({ hasText: OFFLINE_KEPT }).waitFor();
  await typeAtEnd(amina.page, 'Written offline by Amina.');
  await typeAtEnd(bruno.page, 'Written online by Bruno.');
  await badge(amina.page).filter({ hasText: KEPT_ON_DEVICE }).waitFor();
  await badge(bruno.page).filter({ hasText: 'All changes saved' }).waitFor();
  expect(await editorText(amina.page)).not.toContain('Written online by Bruno.');
  expect(await editorText(bruno.page)).not.toContain('Written offline by Amina.');

  // Reloaded while offline: the service worker serves the page, this device
  // the draft's details and its text as last seen, unsent edit included.
  const reloaded = await amina.page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await waitForText(amina.page, 'Written offline by Amina.');
  expect(await editorText(amina.page)).toContain('Everyone has the right to housing.');
  expect(await amina.page.evaluate(() => fetch('/healthz').then(() => 'reached', () => 'unreachable'))).toBe('unreachable');
  await badge(amina.page).filter({ hasText: 'Offline' }).filter({ hasText: KEPT_ON_DEVICE }).waitFor();
  await badge(amina.page).filter({ hasText: OFFLINE_KEPT }).waitFor();
  // Still writable offline after the reload.
  await typeAtEnd(amina.page, 'And after a reload.');

  // Back online: the edits merge on both sides, and the server has them all.
  await restore(amina.context, amina.page);
  await badge(amina.page).filter({ hasText: 'Connected' }).filter({ hasText: 'All changes saved' }).waitFor();
  for (const text of ['Written offline by Amina.', 'And after a reload.', 'Written online by Bruno.']) {
    await waitForText(amina.page, text);
    await waitForText(bruno.page, text);
  }
  expect(await editorText(amina.page)).toBe(await editorText(bruno.page));

  const carmen = await newPerson(server.url);
  await openDraft(carmen.page, tokens.editor, draftId, 'Carmen');
  for (const text of ['Everyone has the right to housing.', 'Written offline by Amina.', 'And after a reload.', 'Written online by Bruno.']) {
    await waitForText(carmen.page, text);
  }
  expect(await editorText(carmen.page)).toBe(await editorText(bruno.page));

  await amina.context.close();
  await bruno.context.close();
  await carmen.context.close();
}, 150_000);

it('a server out of reach while the browser says it is online counts as offline, and the edits wait on the device', async () => {
  const { amina, bruno } = await aminaAndBruno(makeCuttable);

  await cutSockets(amina.page);
  await typeAtEnd(amina.page, 'Written on a dead Wi-Fi.');
  await badge(amina.page).filter({ hasText: 'Offline' }).filter({ hasText: KEPT_ON_DEVICE }).filter({ hasText: OFFLINE_KEPT }).waitFor();
  expect(await amina.page.evaluate(() => navigator.onLine)).toBe(true);
  expect(await editorText(bruno.page)).not.toContain('Written on a dead Wi-Fi.');

  await restore(amina.context, amina.page);
  await badge(amina.page).filter({ hasText: 'Connected' }).filter({ hasText: 'All changes saved' }).waitFor();
  await waitForText(bruno.page, 'Written on a dead Wi-Fi.');

  await amina.context.close();
  await bruno.context.close();
});

/** What this device keeps of the draft for `token`: its copies in IndexedDB, and the API answers kept for that token. */
function keptOnDevice(page: Page, token: string) {
  return page.evaluate(async (kept) => {
    const databases = (await indexedDB.databases()).map((db) => db.name ?? '');
    const answers = Object.keys(localStorage).filter((key) => key.startsWith(`charter.kept.${kept} `));
    return { databases: databases.filter((name) => name.startsWith('charter-doc:')).sort(), kept: answers.length };
  }, token);
}

it('a replaced invite takes the draft’s copy and the kept answers off the device', async () => {
  const server = await startServer();
  const { initiative, tokens, draftId } = await createFixture(server.url);
  // Opened with the invite alone, before joining by name.
  const { context, page } = await newPerson(server.url);
  await page.goto(`/join/${tokens.editor}`);
  await page.getByRole('heading', { level: 2, name: 'Drafts' }).waitFor();
  await page.goto(`/drafts/${draftId}`);
  await badge(page).filter({ hasText: 'Connected' }).waitFor();
  await expect.poll(async () => (await keptOnDevice(page, tokens.editor)).databases).toEqual([
    `charter-doc:${draftId}`,
    `charter-doc:${draftId}.notes`,
  ]);
  expect((await keptOnDevice(page, tokens.editor)).kept).toBeGreaterThan(0);

  const replaced = await request(server.url, 'POST', `/api/initiatives/${initiative.id}/invites/editor`, { token: tokens.facilitator });
  expect(replaced.status).toBe(201);
  await badge(page).filter({ hasText: 'Your invite link no longer works.' }).waitFor();
  await expect.poll(() => keptOnDevice(page, tokens.editor)).toEqual({ databases: [], kept: 0 });

  await context.close();
});

it('a person removed by a facilitator loses the draft’s copy and the kept answers on the device', async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  const amina = await newPerson(server.url);
  await openDraft(amina.page, tokens.editor, draftId, 'Amina');
  await typeAtEnd(amina.page, 'Kept on this device for now.');
  await badge(amina.page).filter({ hasText: 'All changes saved' }).waitFor();
  const [{ token, person }] = await amina.page.evaluate(
    () => JSON.parse(localStorage.getItem('charter.tokens') ?? '[]') as Array<{ token: string; person: { id: string } }>,
  );
  await expect.poll(async () => (await keptOnDevice(amina.page, token)).databases).toEqual([
    `charter-doc:${draftId}`,
    `charter-doc:${draftId}.notes`,
  ]);
  expect((await keptOnDevice(amina.page, token)).kept).toBeGreaterThan(0);

  const removed = await request(server.url, 'DELETE', `/api/participants/${person.id}`, { token: tokens.facilitator });
  expect(removed.status).toBe(204);
  await badge(amina.page).filter({ hasText: 'Removed by a facilitator' }).waitFor();
  await expect.poll(() => keptOnDevice(amina.page, token)).toEqual({ databases: [], kept: 0 });

  await amina.context.close();
});
