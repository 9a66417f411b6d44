import { expect, it } from 'vitest';
import { createFixture } from '../support/api.js';
import { startServer } from '../support/server.js';
import { joinAs, newPerson } from './browser.js';

/**
 * A draft page's first two reads (the draft, and who this token is) start from
 * an inline script in the page, before the app's code has arrived. The server
 * names that script's hash in its content security policy, and the app takes
 * the answers up instead of asking again.
 */
it("a draft page's first reads start before its code arrives, allowed by the page's policy, and are made once", async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  const { context, page } = await newPerson(server.url);
  await joinAs(page, tokens.editor, 'Amina');

  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) refused.push(message.text());
  });
  const reads: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path === `/api/drafts/${draftId}` || path === '/api/session') reads.push(path);
  });

  await page.goto(`/drafts/${draftId}`);
  await page.locator('.ProseMirror[contenteditable="true"]').waitFor();
  const early = await page.evaluate(() => {
    const started = (window as unknown as { charterEarlyReads?: Map<string, unknown> }).charterEarlyReads;
    return started ? { left: started.size } : null;
  });

  expect(refused).toEqual([]);
  // The inline script ran, and the app used both of its reads.
  expect(early).toEqual({ left: 0 });
  expect(reads.sort()).toEqual([`/api/drafts/${draftId}`, '/api/session'].sort());
  // Whatever the page made first, it made nothing twice: the page is the same editor as ever.
  await page.locator('.ProseMirror').click();
  await page.keyboard.type('Hello');
  await expect.poll(() => page.locator('.ProseMirror').textContent()).toContain('Hello');
  await context.close();
  await server.stop();
});

/**
 * The early reads use the first token kept on the device. For a person in two
 * initiatives, opening a draft of the one not joined last costs one wasted
 * read; that token then comes first, so the next visit's early reads are right.
 */
it('a person in two initiatives: the token that opened a draft is the one its next visit reads with first', async () => {
  const server = await startServer();
  const first = await createFixture(server.url);
  const second = await createFixture(server.url);
  const { context, page } = await newPerson(server.url);
  await joinAs(page, first.tokens.editor, 'Amina');
  await joinAs(page, second.tokens.editor, 'Amina');

  // Each read of the draft, by its answer: 200 with this initiative's token, 403 with the other's.
  const answers: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === `/api/drafts/${first.draftId}`) answers.push(response.status());
  });
  const open = async () => {
    answers.length = 0;
    await page.goto(`/drafts/${first.draftId}`);
    await page.locator('.ProseMirror[contenteditable="true"]').waitFor();
    return [...answers];
  };

  // The second initiative was joined last: its token is tried first, and refused.
  expect(await open()).toEqual([403, 200]);
  // Now the first initiative's token leads: one read, the early one, taken up by the app.
  expect(await open()).toEqual([200]);
  const left = await page.evaluate(() => (window as unknown as { charterEarlyReads?: Map<string, unknown> }).charterEarlyReads?.size ?? null);
  expect(left).toBe(0);
  await context.close();
  await server.stop();
});

/**
 * An invite's page reads who the invite admits and then the initiative's
 * drafts: both start from the page's inline script, the second as soon as the
 * first answers, with the token the app itself reads with.
 */
it("an invite page's two reads start before its code arrives, with the right token, and are made once", async () => {
  const server = await startServer();
  const { initiative, tokens } = await createFixture(server.url);
  const { context, page } = await newPerson(server.url);
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) refused.push(message.text());
  });
  const drafts = `/api/initiatives/${initiative.id}/drafts`;
  const reads: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path === drafts || path === '/api/session') reads.push(`${path} ${request.headers().authorization}`);
  });
  const left = () =>
    page.evaluate(() => (window as unknown as { charterEarlyReads?: Map<string, unknown> }).charterEarlyReads?.size ?? null);

  // A first visit: the invite in the address is the token.
  await page.goto(`/join/${tokens.editor}`);
  await page.getByRole('heading', { level: 2, name: 'Drafts' }).waitFor();
  await page.getByRole('link', { name: 'Riverside Human Rights Charter', exact: true }).waitFor();
  expect(await left()).toBe(0);
  expect(reads.sort()).toEqual([`${drafts} Bearer ${tokens.editor}`, `/api/session Bearer ${tokens.editor}`].sort());

  // After joining by name, the same address reads with the person's own token.
  await page.getByLabel('Your name', { exact: true }).fill('Amina');
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByText('Welcome, Amina.').waitFor();
  const personal = await page.evaluate(
    (invite) => (JSON.parse(localStorage.getItem('charter.tokens') ?? '[]') as Array<{ token: string; invite?: string }>).find((entry) => entry.invite === invite)?.token,
    tokens.editor,
  );
  expect(personal).toBeTruthy();
  expect(personal).not.toBe(tokens.editor);
  reads.length = 0;
  await page.reload();
  await page.getByText('Welcome back, Amina.').waitFor();
  await page.getByRole('link', { name: 'Riverside Human Rights Charter', exact: true }).waitFor();
  expect(await left()).toBe(0);
  expect(reads.sort()).toEqual([`${drafts} Bearer ${personal}`, `/api/session Bearer ${personal}`].sort());
  expect(refused).toEqual([]);
  await context.close();
  await server.stop();
});

it('the home page asks for no favicon and runs no inline script it was not given', async () => {
  const server = await startServer();
  const { context, page } = await newPerson(server.url);
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  const response = await page.goto('/');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  expect(asked).not.toContain('/favicon.ico');
  // The policy allows the page's own inline script by hash, never any inline script.
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(policy.split(';').find((part) => part.includes('script-src'))).not.toContain('unsafe-inline');
  await context.close();
  await server.stop();
});

it("a built script carries only the headers a script uses, and a missing one is a 404, not the page", async () => {
  const server = await startServer();
  const html = await (await fetch(`${server.url}/drafts/any`)).text();
  const modules = /<meta name="charter-modules" content="([^"]+)">/.exec(html)?.[1].split(' ') ?? [];
  const scripts = [...[...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]), ...modules];
  expect(scripts.length).toBeGreaterThan(1);
  for (const script of scripts) {
    const response = await fetch(`${server.url}${script}`, { headers: { 'Accept-Encoding': 'br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(response.headers.get('cache-control')).toContain('immutable');
    // A document's headers mean nothing on a script, and cost every file their bytes on a slow link.
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(response.headers.get('x-frame-options')).toBeNull();
  }
  // The page itself keeps them all.
  const page = await fetch(`${server.url}/drafts/any`);
  expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');

  const missing = await fetch(`${server.url}/assets/DraftPage-gone.js`);
  expect(missing.status).toBe(404);
  expect(missing.headers.get('cache-control') ?? '').not.toContain('immutable');
  expect(missing.headers.get('content-type')).not.toContain('html');
  await server.stop();
});

it('the text takes keystrokes before the parts around it have arrived, and they come after, even when their first fetch fails', async () => {
  const server = await startServer();
  const { tokens, draftId } = await createFixture(server.url);
  // A first visit: no service worker has cached the parts (nor would it let the test hold them back).
  const { context, page } = await newPerson(server.url, { serviceWorkers: 'block' });
  await joinAs(page, tokens.editor, 'Amina');

  // The chunk of the parts around the text: its first fetch fails, the next waits for a go.
  let asked = 0;
  let go: () => void = () => {};
  const released = new Promise<void>((resolve) => (go = resolve));
  await page.route(/\/assets\/aroundTheText-[^/]+\.js$/, async (route) => {
    asked += 1;
    if (asked === 1) return route.abort('connectionreset');
    await released;
    await route.continue();
  });

  await page.goto(`/drafts/${draftId}`);
  const editor = page.locator('.ProseMirror[contenteditable="true"]');
  await editor.click();
  await page.keyboard.type('Written first. ');
  await expect.poll(() => page.locator('.ProseMirror').textContent()).toContain('Written first.');
  expect(await page.locator('.clause-button').count()).toBe(0);
  expect(await page.locator('.presence-list').count()).toBe(0);

  // Asked again after the failure; once it arrives, the gutter and who is here are drawn.
  await expect.poll(() => asked, { timeout: 10_000 }).toBe(2);
  go();
  await page.locator('.clause-button').first().waitFor();
  await page.locator('.presence-list li', { hasText: 'Amina' }).waitFor({ state: 'attached' });
  await context.close();
  await server.stop();
});
