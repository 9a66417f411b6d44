import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { translationsDocName, type Clause, type ClauseTranslation, type Draft } from '@charter/shared';
import { createFixture, join, request, type Fixture } from '../support/api.js';
import { appendParagraph, connectClient, eventually, synced, waitFor } from '../support/collab.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});

type TranslatedClause = Clause & { translation: ClauseTranslation };

const TEXTS = ['Whereas housing is a human right;', 'Resolved, rents shall be fair;', 'Resolved, buses run all night.'];

/** A draft with three clauses written by a stock client (kept open to edit them), and their ids. */
async function draftWithClauses(): Promise<{ fixture: Fixture; ids: string[]; writer: ReturnType<typeof connectClient>; paragraphs: Y.XmlElement[] }> {
  const fixture = await createFixture(server.url);
  const writer = connectClient(server.collabUrl, fixture.draftId, fixture.tokens.editor);
  await synced(writer.provider);
  const paragraphs = TEXTS.map((text) => appendParagraph(writer.doc, text));
  const clauses = await eventually(
    async () => (await request<Clause[]>(server.url, 'GET', `/api/drafts/${fixture.draftId}/clauses`, { token: fixture.tokens.viewer })).body,
    (list) => list.length === TEXTS.length,
    'three clauses through the API',
  );
  return { fixture, ids: clauses.map((c) => c.id), writer, paragraphs };
}

function translate(fixture: Fixture, lang: string, clauseId: string, text: unknown, token = fixture.tokens.editor) {
  return request<{ status: string }>(server.url, 'PUT', `/api/drafts/${fixture.draftId}/translations/${lang}/${clauseId}`, { token, body: { text } });
}

function clausesIn(fixture: Fixture, lang: string) {
  return request<TranslatedClause[]>(server.url, 'GET', `/api/drafts/${fixture.draftId}/clauses?lang=${lang}`, { token: fixture.tokens.viewer });
}

/** A PDF's text as pdftotext reads it back (with `layout`, columns stay side by side on a line), spaces folded. */
async function pdfText(response: Response, layout = false): Promise<string> {
  const dir = mkdtempSync(joinPath(tmpdir(), 'charter-pdf-'));
  try {
    writeFileSync(joinPath(dir, 'draft.pdf'), new Uint8Array(await response.arrayBuffer()));
    const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), joinPath(dir, 'draft.pdf'), '-'], { encoding: 'utf8' });
    return layout ? text : text.replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each entry of a language's map in the translations document, by clause id. */
function entries(doc: Y.Doc, lang: string): Record<string, { text: string; source: string }> {
  return doc.getMap(lang).toJSON() as Record<string, { text: string; source: string }>;
}

describe('draft language', () => {
  it('is the one given, else the template language, else English', async () => {
    const fixture = await createFixture(server.url);
    const path = `/api/initiatives/${fixture.initiative.id}/drafts`;
    const token = fixture.tokens.facilitator;
    const given = await request<{ id: string }>(server.url, 'POST', path, { token, body: { title: 'Carta', kind: 'charter', language: 'es' } });
    const templated = await request<{ id: string }>(server.url, 'POST', path, { token, body: { title: 'Charte', kind: 'charter', template: 'fr' } });
    expect([given.status, templated.status]).toEqual([201, 201]);
    const languageOf = async (id: string) => (await request<Draft>(server.url, 'GET', `/api/drafts/${id}`, { token: fixture.tokens.viewer })).body.language;
    expect(await languageOf(given.body.id)).toBe('es');
    expect(await languageOf(templated.body.id)).toBe('fr');
    expect(await languageOf(fixture.draftId)).toBe('en');

    const wrong = await request<{ error: { code: string } }>(server.url, 'POST', path, { token, body: { title: 'Charter', kind: 'charter', language: 'de' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('invalid_request');
  });
});

describe('translations', () => {
  it('are written by facilitators and editors only, and checked before anything is stored', async () => {
    const { fixture, ids } = await draftWithClauses();
    const watcher = connectClient(server.collabUrl, translationsDocName(fixture.draftId), fixture.tokens.viewer);
    await synced(watcher.provider);

    for (const role of ['reviewer', 'viewer'] as const) {
      const refused = await translate(fixture, 'es', ids[0], 'Considerando que la vivienda es un derecho humano;', fixture.tokens[role]);
      expect(refused.status).toBe(403);
    }
    const bad = [
      await translate(fixture, 'de', ids[0], 'Wohnen ist ein Menschenrecht;'),
      await translate(fixture, 'en', ids[0], 'Whereas housing is a right;'),
      await translate(fixture, 'es', 'no-such-clause', 'Considerando;'),
      await translate(fixture, 'es', ids[0], 'x'.repeat(10_001)),
      await translate(fixture, 'es', ids[0], '   '),
      await translate(fixture, 'es', ids[0], 42),
    ];
    expect(bad.map((response) => response.status)).toEqual([400, 400, 400, 400, 400, 400]);
    for (const response of bad) expect(response.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    const unknownDraft = await request(server.url, 'PUT', `/api/drafts/nope/translations/es/${ids[0]}`, { token: fixture.tokens.editor, body: { text: 'Hola' } });
    expect(unknownDraft.status).toBe(404);

    // A person's translation, then an invite token's: both stored, the first with its author.
    const ana = await join(server.url, fixture.tokens.editor, 'Ana');
    expect((await translate(fixture, 'es', ids[0], '  Considerando que la vivienda es un derecho humano;  ', ana.token)).status).toBe(200);
    expect((await translate(fixture, 'fr', ids[1], 'Il est résolu que les loyers soient justes ;', fixture.tokens.facilitator)).status).toBe(200);
    await waitFor(() => Object.keys(entries(watcher.doc, 'es')).length === 1 && Object.keys(entries(watcher.doc, 'fr')).length === 1, 'both translations live');
    // Nothing the refused requests sent was stored: one Spanish entry, one French, no other language.
    expect(entries(watcher.doc, 'es')[ids[0]]).toMatchObject({
      text: 'Considerando que la vivienda es un derecho humano;',
      source: TEXTS[0],
      author: { id: ana.id, name: 'Ana' },
      savedAt: expect.any(String),
    });
    expect(Object.keys(entries(watcher.doc, 'de'))).toEqual([]);
    expect(Object.keys(entries(watcher.doc, 'en'))).toEqual([]);

    const spanish = await clausesIn(fixture, 'es');
    expect(spanish.body.map((clause) => clause.translation)).toEqual([
      { text: 'Considerando que la vivienda es un derecho humano;', status: 'current' },
      { text: null, status: 'missing' },
      { text: null, status: 'missing' },
    ]);
    expect((await clausesIn(fixture, 'xx')).status).toBe(400);
  });

  it('are written in every status, an adopted draft included, without touching the text', async () => {
    const { fixture, ids } = await draftWithClauses();
    const adopted = await request(server.url, 'PATCH', `/api/drafts/${fixture.draftId}`, { token: fixture.tokens.facilitator, body: { status: 'adopted' } });
    expect(adopted.status).toBe(200);
    expect((await translate(fixture, 'es', ids[2], 'Se resuelve que los autobuses circulen toda la noche.')).status).toBe(200);
    const spanish = await clausesIn(fixture, 'es');
    expect(spanish.body[2]).toMatchObject({ text: TEXTS[2], translation: { text: 'Se resuelve que los autobuses circulen toda la noche.', status: 'current' } });
  });

  it('turn outdated when a stock client edits their clause, and current again once saved', async () => {
    const { fixture, ids, paragraphs } = await draftWithClauses();
    expect((await translate(fixture, 'es', ids[1], 'Se resuelve que los alquileres sean justos;')).status).toBe(200);
    expect((await clausesIn(fixture, 'es')).body[1].translation.status).toBe('current');

    (paragraphs[1].get(0) as Y.XmlText).insert(TEXTS[1].length - 1, ' for every tenant');
    const outdated = await eventually(
      async () => (await clausesIn(fixture, 'es')).body,
      (list) => list[1].translation.status === 'outdated',
      'the translation out of date',
    );
    expect(outdated[1]).toMatchObject({ text: 'Resolved, rents shall be fair for every tenant;', translation: { text: 'Se resuelve que los alquileres sean justos;' } });
    expect(outdated[0].translation.status).toBe('missing');

    expect((await translate(fixture, 'es', ids[1], 'Se resuelve que los alquileres sean justos para cada inquilino;')).status).toBe(200);
    const again = await clausesIn(fixture, 'es');
    expect(again.body[1].translation).toEqual({ text: 'Se resuelve que los alquileres sean justos para cada inquilino;', status: 'current' });
  });

  it('reach a stock client on the translations document live, and a client write there is neither stored nor forwarded', async () => {
    const { fixture, ids } = await draftWithClauses();
    const forger = connectClient(server.collabUrl, translationsDocName(fixture.draftId), fixture.tokens.facilitator);
    const reader = connectClient(server.collabUrl, translationsDocName(fixture.draftId), fixture.tokens.viewer);
    await Promise.all([synced(forger.provider), synced(reader.provider)]);

    forger.doc.getMap('es').set(ids[0], { text: 'Falsificado', source: TEXTS[0], author: null, savedAt: new Date().toISOString() });
    // The saved translation reaches the reader after the forged write was sent (one socket, in order).
    expect((await translate(fixture, 'es', ids[1], 'Se resuelve que los alquileres sean justos;')).status).toBe(200);
    await waitFor(() => entries(reader.doc, 'es')[ids[1]] !== undefined, 'the saved translation, live');
    expect(entries(reader.doc, 'es')[ids[1]]).toMatchObject({ text: 'Se resuelve que los alquileres sean justos;', source: TEXTS[1] });
    expect(entries(reader.doc, 'es')[ids[0]]).toBeUndefined();

    // Not stored either: a client that connects now, and the API, know only the saved one.
    const late = connectClient(server.collabUrl, translationsDocName(fixture.draftId), fixture.tokens.viewer);
    await synced(late.provider);
    await waitFor(() => entries(late.doc, 'es')[ids[1]] !== undefined, 'the late client has the saved translation');
    expect(Object.keys(entries(late.doc, 'es'))).toEqual([ids[1]]);
    expect((await clausesIn(fixture, 'es')).body[0].translation.status).toBe('missing');
  });

  it('give the text of an export in that language, marking what is missing or out of date, in every format', async () => {
    const { fixture, ids, paragraphs } = await draftWithClauses();
    expect((await translate(fixture, 'es', ids[0], 'Considerando que la vivienda es un derecho humano;')).status).toBe(200);
    expect((await translate(fixture, 'es', ids[2], 'Se resuelve que los autobuses circulen toda la noche.')).status).toBe(200);
    (paragraphs[2].get(0) as Y.XmlText).insert(0, 'Finally, ');
    await eventually(async () => (await clausesIn(fixture, 'es')).body, (list) => list[2].translation.status === 'outdated', 'the third out of date');

    const exportOf = (format: string, query = 'text=es') =>
      fetch(`${server.url}/api/drafts/${fixture.draftId}/export?format=${format}&${query}`, { headers: { Authorization: `Bearer ${fixture.tokens.viewer}` } });

    const markdown = await (await exportOf('md')).text();
    expect(markdown).toContain('Considerando que la vivienda es un derecho humano;');
    expect(markdown).not.toContain(TEXTS[0]);
    expect(markdown).toContain(`_[not translated]_\n${TEXTS[1]}`);
    expect(markdown).toContain('_[out of date]_\nFinally, Resolved, buses run all night.');

    const spanishLabels = await (await exportOf('html', 'text=es&lang=es')).text();
    expect(spanishLabels).toContain('<main lang="es">');
    expect(spanishLabels).toContain('Considerando que la vivienda es un derecho humano;');
    expect(spanishLabels).toContain(`[sin traducir] ${TEXTS[1]}`);
    expect(spanishLabels).toContain('[traducción desactualizada] Finally, Resolved, buses run all night.');

    const json = (await (await exportOf('json')).json()) as { textLanguage: string; clauses: Array<{ text: string; translation: { status: string; original: string } }> };
    expect(json.textLanguage).toBe('es');
    expect(json.clauses.map((clause) => clause.translation.status)).toEqual(['current', 'missing', 'outdated']);
    expect(json.clauses[1].translation.original).toBe(TEXTS[1]);

    const word = await JSZip.loadAsync(await (await exportOf('docx')).arrayBuffer());
    const documentXml = await word.file('word/document.xml')!.async('string');
    expect(documentXml).toContain('Considerando que la vivienda es un derecho humano;');
    expect(documentXml).toContain(`[not translated] ${TEXTS[1]}`);
    const pdf = pdfText(await exportOf('pdf'));
    expect(await pdf).toContain('Considerando que la vivienda es un derecho humano;');
    expect(await pdf).toContain(`[not translated] ${TEXTS[1]}`);

    // Both, side by side: the original beside its Spanish, two columns in HTML, a table in Word, columns in the PDF.
    const both = await (await exportOf('html', 'text=both&lang=es')).text();
    expect(both).toContain('<div class="side-by-side"><div lang="en"><p dir="auto">Whereas housing is a human right;</p></div><div lang="es"><p dir="auto">Considerando que la vivienda es un derecho humano;</p></div></div>');
    expect(both).toContain('<h2>Inglés</h2><h2>Español</h2>');
    const bothWord = await JSZip.loadAsync(await (await exportOf('docx', 'text=both&lang=es')).arrayBuffer());
    const table = await bothWord.file('word/document.xml')!.async('string');
    expect(table).toContain('<w:tbl>');
    expect(table).toContain(TEXTS[0]);
    expect(table).toContain('Considerando que la vivienda es un derecho humano;');
    const bothPdf = await pdfText(await exportOf('pdf', 'text=both&lang=es'), true);
    expect(bothPdf).toMatch(/Inglés +Español/);
    expect(bothPdf).toMatch(/Whereas housing is a human right; +Considerando que la vivienda es un/);
    expect((await exportOf('html', 'text=both')).status).toBe(400);
    // In the draft's own language, the text as written.
    expect(await (await exportOf('md', 'text=en')).text()).toContain(TEXTS[0]);
    const wrong = await exportOf('md', 'text=de');
    expect(wrong.status).toBe(400);
  });

  it('are counted per language', async () => {
    const { fixture, ids } = await draftWithClauses();
    expect((await translate(fixture, 'fr', ids[0], 'Considérant que le logement est un droit humain ;')).status).toBe(200);
    const counts = await request(server.url, 'GET', `/api/drafts/${fixture.draftId}/translations`, { token: fixture.tokens.viewer });
    expect(counts.body).toEqual({
      language: 'en',
      languages: { es: { current: 0, outdated: 0, missing: 3 }, fr: { current: 1, outdated: 0, missing: 2 } },
    });
  });
});
