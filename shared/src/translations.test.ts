import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLAUSE_ID_ATTR } from './clauses.js';
import { parseDocName, translationsDocName } from './documents.js';
import { countTranslations, translateClauses, translationStatus, writeTranslation } from './translations.js';

function bodyWith(texts: Record<string, string>): Y.Doc {
  const doc = new Y.Doc();
  doc.getXmlFragment('body').push(
    Object.entries(texts).map(([id, text]) => {
      const block = new Y.XmlElement('paragraph');
      block.setAttribute(CLAUSE_ID_ATTR, id);
      block.insert(0, [new Y.XmlText(text)]);
      return block;
    }),
  );
  return doc;
}

const saved = (text: string, source: string) => ({ text, source, author: null, savedAt: '2026-12-02T10:00:00.000Z' });

describe('translations', () => {
  it('are current while their clause reads as it did, outdated once it changed, missing without text', () => {
    expect(translationStatus(saved('Hola', 'Hello'), 'Hello')).toBe('current');
    expect(translationStatus(saved('Hola', 'Hello'), 'Hello there')).toBe('outdated');
    expect(translationStatus(saved('', 'Hello'), 'Hello')).toBe('missing');
    expect(translationStatus(null, 'Hello')).toBe('missing');
  });

  it('are read per clause and counted per language other than the draft’s', () => {
    const body = bodyWith({ a: 'Housing is a right.', b: 'Transit for all.', c: 'Water too.' });
    const translations = new Y.Doc();
    writeTranslation(translations, 'es', 'a', saved('La vivienda es un derecho.', 'Housing is a right.'));
    writeTranslation(translations, 'es', 'b', saved('Transporte para todos.', 'Transit for everyone.'));
    // A record that is not a translation reads as none.
    translations.getMap('es').set('c', { text: 42 });

    expect(translateClauses(body, translations, 'es', 'en').map((clause) => clause.translation)).toEqual([
      { text: 'La vivienda es un derecho.', status: 'current' },
      { text: 'Transporte para todos.', status: 'outdated' },
      { text: null, status: 'missing' },
    ]);
    expect(translateClauses(body, translations, 'en', 'en')[2].translation).toEqual({ text: 'Water too.', status: 'current' });
    expect(countTranslations(body, translations, 'en')).toEqual({
      es: { current: 1, outdated: 1, missing: 1 },
      fr: { current: 0, outdated: 0, missing: 3 },
    });
  });

  it('live in a document of their own', () => {
    expect(parseDocName(translationsDocName('d1'))).toEqual({ draftId: 'd1', kind: 'translations' });
    expect(parseDocName('d1.notes')).toEqual({ draftId: 'd1', kind: 'notes' });
    expect(parseDocName('d1')).toEqual({ draftId: 'd1', kind: 'body' });
  });
});
