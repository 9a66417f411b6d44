import { execFile } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DraftSummary } from '@charter/shared';
import { createFixture, request, type Fixture } from '../support/api.js';
import { connectClient, synced } from '../support/collab.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let fixture: Fixture;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

beforeAll(async () => {
  server = await startServer();
  fixture = await createFixture(server.url);
});

interface ImportAnswer {
  id?: string;
  clauses?: number;
  preview?: Array<{ block: string; level?: number; text: string }>;
  error?: { code: string; message: string };
}

async function importFile(body: Uint8Array | string, type: string, query = 'title=Imported&kind=resolution', token = fixture.tokens.facilitator) {
  const response = await fetch(`${server.url}/api/initiatives/${fixture.initiative.id}/drafts/import?${query}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': type },
    body: typeof body === 'string' ? body : Buffer.from(body),
  });
  return { status: response.status, body: (await response.json()) as ImportAnswer };
}

/** Each clause of a draft as the JSON export gives it: its block, heading level and text. */
async function clausesOf(draftId: string): Promise<Array<{ block: string; level?: number; text: string }>> {
  const response = await fetch(`${server.url}/api/drafts/${draftId}/export?format=json`, { headers: { Authorization: `Bearer ${fixture.tokens.viewer}` } });
  const json = (await response.json()) as { clauses: Array<{ block: string; level?: number; text: string }> };
  return json.clauses.map(({ block, level, text }) => ({ block, ...(level ? { level } : {}), text }));
}

/** The draft's body as a stock collaboration client receives it, marks and all. */
async function bodyOf(draftId: string): Promise<string> {
  const client = connectClient(server.collabUrl, draftId, fixture.tokens.viewer, new Y.Doc());
  await synced(client.provider);
  const xml = client.doc.getXmlFragment('body').toString();
  client.provider.destroy();
  return xml;
}

/** A body over 10 MB: refused by its length, without reading it. */
function overTenMegabytes(): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.url}/api/initiatives/${fixture.initiative.id}/drafts/import?title=Big&kind=charter`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${fixture.tokens.facilitator}`, 'Content-Type': 'text/plain', 'Content-Length': 10 * 1024 * 1024 + 1 },
    });
    req.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', reject);
    // Only the headers: the server answers from the announced length, before any of the body.
    req.flushHeaders();
  });
}

async function draftIds(): Promise<string[]> {
  const list = await request<DraftSummary[]>(server.url, 'GET', `/api/initiatives/${fixture.initiative.id}/drafts`, { token: fixture.tokens.viewer });
  return list.body.map((draft) => draft.id).sort();
}

function wordDocument(): Document {
  return new Document({
    numbering: {
      config: [{ reference: 'articles', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Housing for all')] }),
          new Paragraph({
            children: [new TextRun('Whereas every resident has a '), new TextRun({ text: 'right', bold: true }), new TextRun(' to '), new TextRun({ text: 'housing', italics: true }), new TextRun(';')],
          }),
          new Paragraph({ numbering: { reference: 'articles', level: 0 }, children: [new TextRun('Rents are stabilised')] }),
          new Paragraph({ numbering: { reference: 'articles', level: 0 }, children: [new TextRun('A tenant board is formed')] }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Year')] }), new TableCell({ children: [new Paragraph('Budget')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('2027')] }), new TableCell({ children: [new Paragraph('1,000,000')] })] }),
            ],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Remedy')] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Tenants')] }),
          new Paragraph({ bullet: { level: 1 }, children: [new TextRun('in social housing')] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Owners')] }),
        ],
      },
    ],
  });
}

describe('importing a text', () => {
  it('makes a draft from a Word file written by the docx package: headings, paragraphs, numbering, a table, nested lists, bold and italic', async () => {
    const answer = await importFile(await Packer.toBuffer(wordDocument()), DOCX);
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ id: expect.any(String), clauses: 7 });
    expect(await clausesOf(answer.body.id!)).toEqual([
      { block: 'heading', level: 1, text: 'Housing for all' },
      { block: 'paragraph', text: 'Whereas every resident has a right to housing;' },
      { block: 'orderedList', text: 'Rents are stabilised\nA tenant board is formed' },
      { block: 'paragraph', text: 'Year | Budget' },
      { block: 'paragraph', text: '2027 | 1,000,000' },
      { block: 'heading', level: 2, text: 'Remedy' },
      { block: 'bulletList', text: 'Tenants\nin social housing\nOwners' },
    ]);
    const body = await bodyOf(answer.body.id!);
    expect(body).toContain('<bold>right</bold>');
    expect(body).toContain('<italic>housing</italic>');
    // The nested item stays nested: a list inside the first item.
    // (Yjs writes element names in lower case.)
    expect(body).toMatch(/<bulletList clauseId="[^"]+"><listItem><paragraph>Tenants<\/paragraph><bulletList><listItem><paragraph>in social housing/i);
  });

  it('makes a draft from Markdown with nested lists, keeping headings, emphasis and the order of the file', async () => {
    const markdown = [
      '# Whereas',
      '',
      'Every resident has a **right** to *housing*.',
      '',
      '- Tenants',
      '  - in social housing',
      '    1. on the east side',
      '- Owners',
      '',
      '## Resolved',
      '',
      '1. Rents are stabilised',
      '2. A tenant board is formed',
      '',
      '> The city answers within 30 days.',
    ].join('\n');
    const answer = await importFile(markdown, 'text/markdown; charset=utf-8');
    expect(answer.status).toBe(201);
    expect(answer.body.clauses).toBe(6);
    expect(await clausesOf(answer.body.id!)).toEqual([
      { block: 'heading', level: 1, text: 'Whereas' },
      { block: 'paragraph', text: 'Every resident has a right to housing.' },
      { block: 'bulletList', text: 'Tenants\nin social housing\non the east side\nOwners' },
      { block: 'heading', level: 2, text: 'Resolved' },
      { block: 'orderedList', text: 'Rents are stabilised\nA tenant board is formed' },
      { block: 'blockquote', text: 'The city answers within 30 days.' },
    ]);
    const body = await bodyOf(answer.body.id!);
    expect(body).toContain('<bold>right</bold>');
    expect(body).toMatch(/<listItem><paragraph>in social housing<\/paragraph><orderedList><listItem><paragraph>on the east side/i);
  });

  it('makes a draft from HTML and from plain text', async () => {
    const html = `<!doctype html><html><head><title>Not a clause</title><style>p{color:red}</style></head><body>
      <h2>Findings</h2><p>The <b>east side</b> lost <em>a third</em> of its   homes.<br>Since 2019.</p>
      <div><p>Nested in a div.</p></div><script>alert(1)</script><ul><li>One</li><li>Two</li></ul></body></html>`;
    const fromHtml = await importFile(html, 'text/html');
    expect(fromHtml.status).toBe(201);
    expect(await clausesOf(fromHtml.body.id!)).toEqual([
      { block: 'heading', level: 2, text: 'Findings' },
      { block: 'paragraph', text: 'The east side lost a third of its homes.\nSince 2019.' },
      { block: 'paragraph', text: 'Nested in a div.' },
      { block: 'bulletList', text: 'One\nTwo' },
    ]);
    expect(await bodyOf(fromHtml.body.id!)).toContain('<bold>east side</bold>');

    const text = 'WHEREAS housing is a right;\r\n\r\nRESOLVED that rents\r\nbe stabilised.\r\n\r\n\r\n';
    const fromText = await importFile(text, 'text/plain');
    expect(fromText.status).toBe(201);
    expect(await clausesOf(fromText.body.id!)).toEqual([
      { block: 'paragraph', text: 'WHEREAS housing is a right;' },
      { block: 'paragraph', text: 'RESOLVED that rents\nbe stabilised.' },
    ]);
  });

  it('previews the clauses a file would make, and makes no draft', async () => {
    const before = await draftIds();
    const answer = await importFile('# Title\n\nA paragraph.', 'text/markdown', 'title=Preview&kind=charter&preview=1');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      clauses: 2,
      preview: [
        { block: 'heading', level: 1, text: 'Title' },
        { block: 'paragraph', text: 'A paragraph.' },
      ],
    });
    expect(await draftIds()).toEqual(before);
  });

  it('refuses what it cannot read, and no draft is left behind', async () => {
    const before = await draftIds();
    const cases: Array<[string, Uint8Array | string, string, number, string?]> = [
      ['a PDF', '%PDF-1.7 not for import', 'application/pdf', 415],
      ['no type', 'text', '', 415],
      ['a damaged Word file', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), DOCX, 400, 'unreadable_docx'],
      ['a Word file that is not a zip', 'just words', DOCX, 400, 'unreadable_docx'],
      ['a password-protected Word file', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), DOCX, 400, 'protected_docx'],
      ['binary sent as text', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'text/plain', 400, 'not_text'],
      ['control bytes sent as Markdown', 'abc\u0000\u0001def', 'text/markdown', 400, 'not_text'],
      ['an empty text file', '', 'text/plain', 400, 'empty'],
      ['HTML with no words', '<html><body><img src="x.png"><script>1</script></body></html>', 'text/html', 400, 'empty'],
      ['a Word file with no text', await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] })), DOCX, 400, 'empty'],
    ];
    for (const [what, body, type, status, code] of cases) {
      const answer = await importFile(body, type);
      expect(answer.status, what).toBe(status);
      expect(answer.body.error?.message, what).toBeTruthy();
      if (code) expect(answer.body.error?.code, what).toBe(code);
    }
    expect(await overTenMegabytes()).toBe(413);
    expect((await importFile('# A', 'text/markdown', 'kind=charter')).status).toBe(400);
    expect((await importFile('# A', 'text/markdown', 'title=A&kind=novel')).status).toBe(400);
    expect((await importFile('# A', 'text/markdown', 'title=A&kind=charter', fixture.tokens.editor)).status).toBe(403);
    expect(await draftIds()).toEqual(before);
  });

  it('takes a file larger than the API\'s JSON limit, and keeps that limit for JSON', async () => {
    const paragraphs = Array.from({ length: 1500 }, (_, i) => `Clause ${i + 1}: every resident has the right to adequate housing.`);
    const answer = await importFile(paragraphs.join('\n\n'), 'text/plain');
    expect(answer.status).toBe(201);
    expect(answer.body.clauses).toBe(1500);
    const big = await request(server.url, 'POST', `/api/initiatives/${fixture.initiative.id}/drafts`, {
      token: fixture.tokens.facilitator,
      rawBody: JSON.stringify({ title: 'x'.repeat(70 * 1024), kind: 'charter' }),
    });
    expect(big.status).toBe(413);
  });

  it('imports a 2,000-clause Word file', async () => {
    const children = Array.from({ length: 2000 }, (_, i) =>
      i % 10 === 0
        ? new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`Article ${i / 10 + 1}`)] })
        : new Paragraph({ children: [new TextRun(`Clause ${i}: the city `), new TextRun({ text: 'shall', bold: true }), new TextRun(' guarantee every resident adequate housing, water and care.')] }),
    );
    const file = await Packer.toBuffer(new Document({ sections: [{ children }] }));
    const started = performance.now();
    const answer = await importFile(file, DOCX);
    const took = performance.now() - started;
    expect(answer.status).toBe(201);
    expect(answer.body.clauses).toBe(2000);
    console.log(`2,000-clause DOCX (${Math.round(file.length / 1024)} KB): imported in ${Math.round(took)} ms`);
    expect((await clausesOf(answer.body.id!))[1999].text).toBe('Clause 1999: the city shall guarantee every resident adequate housing, water and care.');
  }, 60_000);

  it('makes a draft from a Word file saved by LibreOffice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'charter-import-'));
    try {
      writeFileSync(
        join(dir, 'resolution.html'),
        '<h1>Resolution</h1><p>Whereas the <b>city</b> listens;</p><ol><li>First</li><li>Second<ul><li>nested</li></ul></li></ol><h2>Remedy</h2><p><i>Within</i> 30 days.</p>',
      );
      // Not execFileSync: a blocked event loop would miss the server closing an idle connection.
      await promisify(execFile)('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, join(dir, 'resolution.html')], { timeout: 120_000 });
      const answer = await importFile(readFileSync(join(dir, 'resolution.docx')), DOCX);
      expect(answer.status).toBe(201);
      const clauses = await clausesOf(answer.body.id!);
      expect(clauses.map((c) => c.block)).toEqual(['heading', 'paragraph', 'orderedList', 'heading', 'paragraph']);
      expect(clauses[0]).toEqual({ block: 'heading', level: 1, text: 'Resolution' });
      expect(clauses[2].text).toBe('First\nSecond\nnested');
      const body = await bodyOf(answer.body.id!);
      expect(body).toContain('<bold>city</bold>');
      expect(body).toContain('<italic>Within</italic>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
