/**
 * `pnpm bench:web`: what the browser downloads for the join page and for a
 * draft, and how long until the editor takes a keystroke on a slow link.
 *
 * Measures the built client (run `pnpm build` first; this builds nothing), served
 * by the real server. Each run is a fresh browser profile (cold cache, no
 * service worker). Bytes come from Chromium's own network events: every
 * script and stylesheet the page fetched, as sent on the wire, and the same
 * files' raw and gzip sizes. The editable time is from navigation to a typed
 * character showing in the editor, under network emulation of 400 kbit/s
 * down and up with 400 ms round trips; the median of three runs. The draft is
 * also timed on a return visit: opened again, on the slow link, after a first
 * visit installed the service worker.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createFixture, join as joinByName } from '../support/api.js';
import { spawnServer } from '../support/spawn.js';

const DIST = fileURLToPath(new URL('../../client/dist/', import.meta.url));
const RUNS = 3;
/** 400 kbit/s in bytes per second, and the round trip, as CDP takes them. */
const SLOW_LINK = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };
const AIM = { draftGzipBytes: 300 * 1024, editableMs: 5000, returnMs: 2000 };

interface Fetched {
  url: string;
  path: string;
  kind: 'js' | 'css';
  /** Bytes on the wire, headers included (Chromium's encodedDataLength). */
  wire: number;
  raw: number;
  gzip: number;
  /** When it had arrived (Date.now()). */
  at: number;
}

interface PageLoad {
  files: Fetched[];
  ms: number;
  /** When the page was ready (Date.now()). */
  readyAt: number;
}

function kindOf(path: string, mimeType: string): 'js' | 'css' | null {
  if (path.endsWith('.js') || mimeType.includes('javascript')) return 'js';
  if (path.endsWith('.css') || mimeType === 'text/css') return 'css';
  return null;
}

function sizesOf(path: string): { raw: number; gzip: number } {
  const file = join(DIST, path);
  if (!existsSync(file)) return { raw: 0, gzip: 0 };
  const content = readFileSync(file);
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

/** Record every script and stylesheet the page fetches, as Chromium reports it (a cold page: with the HTTP cache off). */
async function watchNetwork(context: BrowserContext, page: Page, slow: boolean, cold = true) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (cold) await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (slow) await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
  const seen = new Map<string, { url: string; mimeType: string }>();
  const files: Fetched[] = [];
  cdp.on('Network.responseReceived', (event) => {
    seen.set(event.requestId, { url: event.response.url, mimeType: event.response.mimeType });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const response = seen.get(event.requestId);
    if (!response) return;
    const path = new URL(response.url).pathname.replace(/^\//, '');
    const kind = kindOf(path, response.mimeType);
    if (!kind) return;
    files.push({ url: response.url, path, kind, wire: event.encodedDataLength, ...sizesOf(path), at: Date.now() });
  });
  return files;
}

async function freshContext(browser: Browser, baseURL: string, stored: unknown, serviceWorkers: 'allow' | 'block' = 'block'): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, serviceWorkers });
  // The invite this browser took earlier, and a chosen name, as a returning resident has.
  await context.addInitScript((tokens) => {
    localStorage.setItem('charter.tokens', JSON.stringify(tokens));
    localStorage.setItem('charter.name', 'Bench');
  }, stored);
  return context;
}

async function loadJoin(browser: Browser, baseURL: string, token: string, slow: boolean): Promise<PageLoad> {
  const context = await freshContext(browser, baseURL, []);
  try {
    const page = await context.newPage();
    const files = await watchNetwork(context, page, slow);
    const start = Date.now();
    await page.goto(`/join/${token}`);
    await page.getByRole('heading', { level: 2, name: 'Drafts' }).waitFor({ timeout: 120_000 });
    const readyAt = Date.now();
    await page.waitForLoadState('networkidle');
    return { files: [...files], ms: readyAt - start, readyAt };
  } finally {
    await context.close();
  }
}

async function loadDraft(browser: Browser, baseURL: string, draftId: string, stored: unknown, slow: boolean): Promise<PageLoad> {
  const context = await freshContext(browser, baseURL, stored);
  try {
    const page = await context.newPage();
    const files = await watchNetwork(context, page, slow);
    const { ms, readyAt } = await timeToEditable(page, draftId);
    return { files: [...files], ms, readyAt };
  } finally {
    await context.close();
  }
}

/**
 * A return visit: a first visit on a fast link installs the service worker and
 * fills the caches; then the draft is opened again on the slow link.
 */
async function loadDraftWarm(browser: Browser, baseURL: string, draftId: string, stored: unknown): Promise<PageLoad> {
  const context = await freshContext(browser, baseURL, stored, 'allow');
  try {
    const first = await context.newPage();
    await timeToEditable(first, draftId);
    await first.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await first.close();
    const page = await context.newPage();
    const files = await watchNetwork(context, page, true, false);
    const { ms, readyAt } = await timeToEditable(page, draftId);
    const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    if (!controlled) throw new Error('the return visit was not served by the service worker');
    return { files: [...files], ms, readyAt };
  } finally {
    await context.close();
  }
}

/** From navigation to a typed character showing in the editor; then waits for the network to settle. */
async function timeToEditable(page: Page, draftId: string): Promise<{ ms: number; readyAt: number }> {
  const start = Date.now();
  await page.goto(`/drafts/${draftId}`, { waitUntil: 'commit' });
  const editor = page.locator('.ProseMirror[contenteditable="true"]');
  // Checked at every frame: a locator's wait polls ever more slowly, up to every
  // half second, which would count as time the page took.
  await page.waitForFunction(() => document.querySelector('.ProseMirror[contenteditable="true"]') !== null, undefined, {
    polling: 'raf',
    timeout: 120_000,
  });
  const count = () =>
    page.evaluate(() => (document.querySelector('.ProseMirror')?.textContent?.match(/Q/g) ?? []).length);
  const before = await count();
  await editor.click();
  await page.keyboard.type('Q');
  await page.waitForFunction(
    (n) => (document.querySelector('.ProseMirror')?.textContent?.match(/Q/g) ?? []).length > n,
    before,
    { timeout: 120_000 },
  );
  const readyAt = Date.now();
  await page.waitForLoadState('networkidle');
  return { ms: readyAt - start, readyAt };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function totals(files: Fetched[], kind: 'js' | 'css') {
  const of = files.filter((file) => file.kind === kind);
  return {
    raw: of.reduce((sum, file) => sum + file.raw, 0),
    gzip: of.reduce((sum, file) => sum + file.gzip, 0),
    wire: of.reduce((sum, file) => sum + file.wire, 0),
  };
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ')).join('\n');
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error('bench:web measures the built client: run `pnpm build` first.');
    process.exit(1);
  }
  const server = await spawnServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const { initiative, tokens, draftId } = await createFixture(server.url);
    // A resident who joined by name earlier: the editor takes keystrokes from a personal token only.
    const person = await joinByName(server.url, tokens.editor, 'Bench');
    const stored = [
      {
        token: person.token,
        invite: tokens.editor,
        person: { id: person.id, name: person.name },
        initiativeId: initiative.id,
        role: 'editor',
        initiativeName: 'Human Rights City of Riverside',
      },
    ];

    const joins: PageLoad[] = [];
    const drafts: PageLoad[] = [];
    const returns: PageLoad[] = [];
    for (let run = 0; run < RUNS; run++) {
      joins.push(await loadJoin(browser, server.url, tokens.editor, true));
      drafts.push(await loadDraft(browser, server.url, draftId, stored, true));
      returns.push(await loadDraftWarm(browser, server.url, draftId, stored));
      console.error(`run ${run + 1}/${RUNS}: join ${joins[run].ms} ms, draft editable ${drafts[run].ms} ms cold, ${returns[run].ms} ms warm`);
    }

    const join = joins[0].files;
    const draft = drafts[0].files;
    const rows = [['page', 'JS raw', 'JS gzip', 'JS on wire', 'CSS raw', 'CSS gzip', 'CSS on wire', 'ready (median of 3)']];
    for (const [name, files, loads, what] of [
      ['join', join, joins, 'drafts listed'],
      ['draft', draft, drafts, 'editable'],
      ['draft, return visit (service worker)', returns[0].files, returns, 'editable'],
    ] as const) {
      const js = totals(files, 'js');
      const css = totals(files, 'css');
      const ms = median(loads.map((load) => load.ms));
      rows.push([name, kb(js.raw), kb(js.gzip), kb(js.wire), kb(css.raw), kb(css.gzip), kb(css.wire), `${what} ${(ms / 1000).toFixed(2)} s`]);
    }
    const load = loadavg().map((n) => n.toFixed(1)).join(' ');
    console.log(
      `\nBuilt client, 400 kbit/s down and up, 400 ms RTT (Chromium network emulation); load average ${load}.` +
        `\nCold: a fresh profile, no cache, no service worker. Return visit: the same draft opened again after a first visit installed the service worker.\n`,
    );
    console.log(table(rows));

    const editorChunk = (files: Fetched[]) => files.filter((file) => /(^|\/)DraftPage-[^/]*\.js$/.test(file.path));
    const split = editorChunk(join).length === 0 && editorChunk(draft).length > 0;
    console.log(`\nJoin page: ${join.map((file) => file.path.replace('assets/', '')).join(', ')}`);
    console.log(`Draft page: ${draft.map((file) => file.path.replace('assets/', '')).join(', ')}`);
    console.log(`Route split: ${split ? 'yes, the join page does not load the editor chunk' : 'NO: the join page loads the editor chunk'}`);

    const draftGzip = totals(draft, 'js').gzip + totals(draft, 'css').gzip;
    const editable = median(drafts.map((load) => load.ms));
    const returnMs = median(returns.map((load) => load.ms));
    // What the editor waited for, and what the page fetched once it took keystrokes (the parts around the text).
    const path = draft.filter((file) => file.at <= drafts[0].readyAt);
    const later = draft.filter((file) => file.at > drafts[0].readyAt);
    const pathWire = totals(path, 'js').wire + totals(path, 'css').wire;
    const laterWire = totals(later, 'js').wire + totals(later, 'css').wire;
    console.log(
      `Before the editor took a keystroke: ${path.length} scripts and styles, ${kb(pathWire)} on the wire ` +
        `(${(pathWire / SLOW_LINK.downloadThroughput).toFixed(1)} s at 400 kbit/s, before any round trip); ` +
        `after it: ${later.length} more, ${kb(laterWire)}.`,
    );
    console.log(
      `Aim: draft page ≤ ${kb(AIM.draftGzipBytes)} gzip (${kb(draftGzip)}: ${draftGzip <= AIM.draftGzipBytes ? 'met' : 'missed'}), ` +
        `editable within ${AIM.editableMs / 1000} s cold (${(editable / 1000).toFixed(2)} s: ${editable <= AIM.editableMs ? 'met' : 'missed'}), ` +
        `within ${AIM.returnMs / 1000} s on a return visit (${(returnMs / 1000).toFixed(2)} s: ${returnMs <= AIM.returnMs ? 'met' : 'missed'})`,
    );
    if (!split) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
