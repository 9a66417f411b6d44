import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Clause } from '@charter/shared';
import { createFixture, join as joinAs, request, type Fixture } from '../support/api.js';
import { appendParagraph, connectClient, eventually, synced } from '../support/collab.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let fixture: Fixture;

/** One clause in each script a community of the city writes in. */
const CLAUSES = {
  vi: 'Thành phố cam kết bảo vệ quyền của mọi cư dân',
  ar: 'تلتزم المدينة بحماية حقوق الإنسان لجميع السكان دون تمييز',
  he: 'העיר מתחייבת להגן על זכויות כל התושבים',
  zh: '本市承诺保护所有居民的权利',
  ja: '市はすべての住民の権利を守ることを約束します',
  ko: '시는 모든 주민의 권리를 보호할 것을 약속합니다',
  ru: 'Город обязуется защищать права всех жителей',
};
const NEED = 'نحتاج إلى سكن لائق قريب من المدرسة';
const COMMENT = '이 조항은 이주민에게도 적용됩니까';
const REPLY = 'Có, mọi cư dân đều được bảo vệ';

beforeAll(async () => {
  server = await startServer();
  fixture = await createFixture(server.url);
  const writer = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.editor);
  await synced(writer.provider);
  for (const text of Object.values(CLAUSES)) appendParagraph(writer.doc, text);
  const clauses = await eventually(
    async () => (await request<Clause[]>(server.url, 'GET', `/api/drafts/${fixture.draftId}/clauses`, { token: fixture.tokens.viewer })).body,
    (list) => list.length === Object.keys(CLAUSES).length,
    'every clause',
  );
  writer.provider.destroy();
  const arabic = clauses[1].id;
  const need = await request<{ id: string }>(server.url, 'POST', `/api/initiatives/${fixture.initiative.id}/needs`, {
    token: fixture.tokens.facilitator,
    body: { statement: NEED, communities: ['سكان الحي الشرقي'], rightsArea: 'housing', source: 'جلسة استماع' },
  });
  const post = (body: unknown, token = fixture.tokens.reviewer) =>
    request<{ id: string }>(server.url, 'POST', `/api/drafts/${fixture.draftId}/annotations`, { token, body });
  await post({ clauseId: arabic, type: 'need', needId: need.body.id });
  // Names in every script, as people give them when they join.
  const minji = await joinAs(server.url, fixture.tokens.reviewer, '김민지');
  const lan = await joinAs(server.url, fixture.tokens.editor, 'Nguyễn Lan');
  const comment = await post({ clauseId: arabic, type: 'comment', text: COMMENT }, minji.token);
  await post({ clauseId: arabic, type: 'comment', text: REPLY, parentId: comment.body.id }, lan.token);
});

async function download(format: string): Promise<Buffer> {
  const response = await fetch(`${server.url}/api/drafts/${fixture.draftId}/export?format=${format}`, {
    headers: { Authorization: `Bearer ${fixture.tokens.viewer}` },
  });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/** The text a PDF reader gets back: pdftotext, without its direction marks, on one line. */
function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'charter-scripts-'));
  try {
    writeFileSync(join(dir, 'draft.pdf'), pdf);
    return execFileSync('pdftotext', [join(dir, 'draft.pdf'), '-'], { encoding: 'utf8' })
      .replace(/[\u202a-\u202e]/g, '')
      .replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('every script', () => {
  it('sets clauses, needs and comments in every script in the PDF, right to left read back as written', async () => {
    const text = pdfText(await download('pdf'));
    for (const clause of Object.values(CLAUSES)) expect(text).toContain(clause);
    expect(text).toContain(NEED);
    expect(text).toContain(COMMENT);
    expect(text).toContain(REPLY);
    expect(text).toContain('Nguyễn Lan');
    // The first PDF of a thread reads the fonts of six scripts, some of 8 MB.
  }, 60_000);

  it('gives every block of the HTML export its own direction', async () => {
    const page = (await download('html')).toString('utf8');
    expect(page).toContain(`<p dir="auto">${CLAUSES.ar}</p>`);
    expect(page).toContain(`<p dir="auto">${CLAUSES.he}</p>`);
    expect(page).toContain(NEED);
  });

  it('sets right-to-left paragraphs right to left in Word', async () => {
    const zip = await JSZip.loadAsync(await download('docx'));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const paragraphOf = (text: string) => documentXml.split('</w:p>').find((p) => p.includes(text)) ?? '';
    expect(paragraphOf(CLAUSES.ar)).toContain('<w:bidi/>');
    expect(paragraphOf(CLAUSES.ar)).toContain('<w:rtl/>');
    expect(paragraphOf(CLAUSES.he)).toContain('<w:bidi/>');
    expect(paragraphOf(CLAUSES.vi)).not.toContain('<w:bidi/>');
  });
});
