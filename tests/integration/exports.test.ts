import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { marked } from 'marked';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Clause } from '@charter/shared';
import { createFixture, join as joinAs, request, type Fixture } from '../support/api.js';
import { appendParagraph, connectClient, eventually, synced } from '../support/collab.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let fixture: Fixture;

const CLAUSES = ['Whereas every resident has the right to housing;', 'Resolved, that rents on the east side be stabilised;'];
const NEED = 'Rent has doubled and families are pushed out of the east side.';
const COMMENT = 'Who enforces the stabilisation?';
const REPLY = 'The new rent board, with tenant seats.';
const PRINCIPLE = 'The right to the city';

beforeAll(async () => {
  server = await startServer();
  fixture = await createFixture(server.url);
  const writer = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.editor);
  await synced(writer.provider);
  const heading = new Y.XmlElement('heading');
  heading.setAttribute('level', '1');
  heading.insert(0, [new Y.XmlText('Housing for all')]);
  writer.doc.getXmlFragment('body').push([heading]);
  for (const text of CLAUSES) appendParagraph(writer.doc, text);
  const clauses = await eventually(
    async () => (await request<Clause[]>(server.url, 'GET', `/api/drafts/${fixture.draftId}/clauses`, { token: fixture.tokens.viewer })).body,
    (list) => list.length === 3,
    'three clauses',
  );
  const clauseId = clauses[2].id;
  const need = await request<{ id: string }>(server.url, 'POST', `/api/initiatives/${fixture.initiative.id}/needs`, {
    token: fixture.tokens.facilitator,
    body: { statement: NEED, communities: ['East side tenants'], rightsArea: 'housing', source: 'Listening session' },
  });
  const post = (body: unknown, token = fixture.tokens.reviewer) =>
    request<{ id: string }>(server.url, 'POST', `/api/drafts/${fixture.draftId}/annotations`, { token, body });
  await post({ clauseId, type: 'principle', principleId: 'hrc.right-to-the-city' });
  await post({ clauseId, type: 'need', needId: need.body.id });
  // Names come from the people who wrote, never from the request.
  const diaz = await joinAs(server.url, fixture.tokens.reviewer, 'Council member Díaz');
  const ana = await joinAs(server.url, fixture.tokens.editor, 'Ana');
  const comment = await post({ clauseId, type: 'comment', text: COMMENT, author: 'Somebody else' }, diaz.token);
  await post({ clauseId, type: 'comment', text: REPLY, parentId: comment.body.id }, ana.token);
});

async function download(format: string, lang?: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const response = await fetch(`${server.url}/api/drafts/${fixture.draftId}/export?format=${format}${lang ? `&lang=${lang}` : ''}`, {
    headers: { Authorization: `Bearer ${fixture.tokens.viewer}` },
  });
  return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
}

/** Every export must carry the text and its notes. */
function expectEverything(text: string) {
  for (const clause of CLAUSES) expect(text).toContain(clause);
  expect(text).toContain('Housing for all');
  expect(text).toContain(PRINCIPLE);
  expect(text).toContain(NEED);
  expect(text).toContain(COMMENT);
  expect(text).toContain(REPLY);
}

describe('exports', () => {
  it('renders Markdown and HTML with the notes beside each clause', async () => {
    const md = await download('md');
    expect(md.status).toBe(200);
    expect(md.type).toContain('text/markdown');
    expectEverything(md.bytes.toString('utf8'));
    expect(md.bytes.toString('utf8')).toMatch(/^# Riverside Human Rights Charter/);

    const html = await download('html');
    expect(html.type).toContain('text/html');
    const page = html.bytes.toString('utf8');
    expectEverything(page);
    expect(page).toContain('<h2 dir="auto">Housing for all</h2>');
    expect(page).toContain('Council member Díaz');
  });

  it('renders JSON with each clause, its principles, needs and threads', async () => {
    const json = JSON.parse((await download('json')).bytes.toString('utf8'));
    expect(json.draft).toMatchObject({ title: 'Riverside Human Rights Charter', kind: 'charter', status: 'drafting' });
    expect(json.clauses).toHaveLength(3);
    expect(json.clauses[2].principles[0].title).toBe(PRINCIPLE);
    expect(json.clauses[2].needs[0].statement).toBe(NEED);
    expect(json.clauses[2].comments[0]).toMatchObject({ text: COMMENT, replies: [{ text: REPLY, author: 'Ana' }] });
  });

  it('renders DOCX with footnotes and real Word comments', async () => {
    const docx = await download('docx');
    expect(docx.type).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(docx.bytes);
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const footnotes = await zip.file('word/footnotes.xml')!.async('string');
    const comments = await zip.file('word/comments.xml')!.async('string');
    for (const clause of CLAUSES) expect(documentXml).toContain(clause);
    expect(documentXml).toContain('w:commentReference');
    expect(documentXml).toContain('w:footnoteReference');
    expect(footnotes).toContain(PRINCIPLE);
    expect(footnotes).toContain(NEED);
    expect(comments).toContain(COMMENT);
    expect(comments).toContain(REPLY);
  });

  it('renders a paginated PDF with a title page', async () => {
    const pdf = await download('pdf');
    expect(pdf.type).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'charter-pdf-'));
    try {
      writeFileSync(join(dir, 'draft.pdf'), pdf.bytes);
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'draft.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expectEverything(text);
      const pages = execFileSync('pdftotext', [join(dir, 'draft.pdf'), '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(pages[0]).toContain('Human Rights City of Riverside');
      expect(pages[0]).toContain('Charter · Drafting');
      expect(pages[0]).not.toContain(CLAUSES[0]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('speaks the reader’s language: labels, dates and principles', async () => {
    const md = (await download('md', 'es')).bytes.toString('utf8');
    expect(md).toContain('Carta · En redacción · Human Rights City of Riverside');
    expect(md).toContain('**Principios**');
    expect(md).toContain('El derecho a la ciudad');
    const html = (await download('html', 'fr')).bytes.toString('utf8');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Besoins de la communauté');
    expect((await download('md', 'de')).status).toBe(400);
  });

  it('refuses an unknown format and a missing token', async () => {
    expect((await download('odt')).status).toBe(400);
    expect((await fetch(`${server.url}/api/drafts/${fixture.draftId}/export?format=md`)).status).toBe(401);
    expect((await request(server.url, 'GET', `/api/drafts/${fixture.draftId}/export`, { token: fixture.tokens.viewer })).status).toBe(400);
  });

  it('keeps hostile text as text in every format', async () => {
    const HOSTILE = '# injected heading';
    const initiative = await request<{ id: string; invites: Record<string, { token: string }> }>(server.url, 'POST', '/api/initiatives', {
      body: { name: '[link](http://x) <script>alert(1)</script>', place: '---' },
    });
    expect(initiative.status).toBe(201);
    const token = initiative.body.invites.facilitator.token;
    const draft = await request<{ id: string }>(server.url, 'POST', `/api/initiatives/${initiative.body.id}/drafts`, { token, body: { title: HOSTILE, kind: 'charter' } });
    const writer = connectClient(server.collabUrl, draft.body.id, token);
    await synced(writer.provider);
    appendParagraph(writer.doc, '- not a list [link](http://x) <img src=x>');
    const [clause] = await eventually(
      async () => (await request<Clause[]>(server.url, 'GET', `/api/drafts/${draft.body.id}/clauses`, { token })).body,
      (list) => list.length === 1,
      'the clause',
    );
    const need = await request<{ id: string }>(server.url, 'POST', `/api/initiatives/${initiative.body.id}/needs`, {
      token,
      body: { statement: '**bold** and www.example.org', communities: ['<b>tenants</b>'], rightsArea: 'housing', source: '[src](http://x)' },
    });
    const post = (body: unknown) => request(server.url, 'POST', `/api/drafts/${draft.body.id}/annotations`, { token, body: { clauseId: clause.id, ...body as object } });
    expect((await post({ type: 'need', needId: need.body.id })).status).toBe(201);
    expect((await post({ type: 'comment', text: 'first line\n---\n# injected heading\n[link](http://x)\n<script>alert(1)</script>', author: '*Mallory*' })).status).toBe(201);
    const get = async (format: string) => {
      const response = await fetch(`${server.url}/api/drafts/${draft.body.id}/export?format=${format}`, { headers: { Authorization: `Bearer ${token}` } });
      return Buffer.from(await response.arrayBuffer());
    };

    // Markdown, read back by a Markdown renderer: the title (as text) and the export's own
    // participation section are its only headings; no rule, link, tag or emphasis.
    const markdown = (await get('md')).toString('utf8');
    const rendered = await marked.parse(markdown);
    expect(rendered.match(/<h[1-6]/g)).toEqual(['<h1', '<h2']);
    expect(rendered).toContain('<h2>Participation</h2>');
    expect(rendered).toContain(`<h1>${HOSTILE}</h1>`);
    for (const markup of ['<hr', '<a ', '<script', '<img', '<b>', '<em>', '<strong>bold']) expect(rendered).not.toContain(markup);
    // Every line of the comment stays inside its quote.
    const quote = rendered.slice(rendered.indexOf('<blockquote>'), rendered.lastIndexOf('</blockquote>'));
    for (const line of ['first line', 'injected heading', 'alert(1)']) expect(quote).toContain(line);
    expect(rendered.slice(rendered.lastIndexOf('</blockquote>'))).not.toContain('injected');

    const html = (await get('html')).toString('utf8');
    expect(html).not.toMatch(/<script|<img|<b>|href="http:\/\/x"/);
    expect(html).toContain('&lt;script&gt;');

    const zip = await JSZip.loadAsync(await get('docx'));
    const xml = (await Promise.all(['word/document.xml', 'word/footnotes.xml', 'word/comments.xml'].map((f) => zip.file(f)!.async('string')))).join('');
    expect(xml).not.toContain('w:hyperlink');
    expect(xml).toContain('&lt;script&gt;');

    const dir = mkdtempSync(join(tmpdir(), 'charter-pdf-'));
    try {
      writeFileSync(join(dir, 'hostile.pdf'), await get('pdf'));
      const text = execFileSync('pdftotext', [join(dir, 'hostile.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain(HOSTILE);
      expect(text).toContain('<script>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
