import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeAnnotation } from '@charter/shared';
import { buildExportModel } from './model.js';

describe('the export model', () => {
  it('keeps a reply whose first comment was deleted, as the review page shows it', () => {
    const body = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.setAttribute('clauseId', 'c1');
    paragraph.insert(0, [new Y.XmlText('Housing is a right.')]);
    body.getXmlFragment('body').push([paragraph]);
    const notes = new Y.Doc();
    const at = '2026-11-01T10:00:00.000Z';
    writeAnnotation(notes, { id: 'r1', type: 'comment', clauseId: 'c1', parentId: 'gone', text: 'Still matters', author: null, createdAt: at, resolved: false });
    const model = buildExportModel(body, notes, {
      lang: 'es',
      initiative: { name: 'Lakeside', place: 'Lakeside' },
      draft: { id: 'd1', title: 'T', kind: 'proclamation', status: 'review', language: 'en', updatedAt: at },
      principles: [],
      needs: [],
      amendments: [],
    });
    expect(model.clauses[0].comments).toEqual([{ author: 'Anónimo', createdAt: at, text: 'Still matters', resolved: false, replies: [] }]);
  });
});
