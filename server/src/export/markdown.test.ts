import { describe, expect, it } from 'vitest';
import type { ExportClause, ExportModel } from './model.js';
import { renderMarkdown } from './markdown.js';

const clause = (id: string, block: string, text: string, extra: Partial<ExportClause> = {}): ExportClause => ({
  id,
  text,
  block,
  principles: [],
  needs: [],
  comments: [],
  amendments: [],
  ...extra,
});

const model = (clauses: ExportClause[]): ExportModel => ({
  lang: 'en',
  initiative: { name: 'Lakeside', place: 'Lake *County*' },
  draft: { id: 'd', title: '# Title', kind: 'charter', status: 'drafting', language: 'en', updatedAt: '2026-11-01T00:00:00.000Z' },
  exportedAt: '2026-11-02T00:00:00.000Z',
  textLanguage: 'en',
  sideBySide: false,
  clauses,
});

describe('the Markdown export', () => {
  it('writes each block as the editor holds it, and what people typed as text', () => {
    const md = renderMarkdown(
      model([
        clause('h', 'heading', 'Housing', { level: 1 }),
        clause('p', 'paragraph', 'First line\n- not a list <b>x</b> www.example.org'),
        clause('l', 'orderedList', 'One\nTwo'),
        clause('t', 'paragraph', 'Texte', { translation: { status: 'missing', original: 'Text', mark: '[not translated]' } }),
      ]),
    );
    expect(md).toMatch(/^# # Title\n\n/);
    expect(md).toContain('Lake \\*County\\*');
    expect(md).toContain('## Housing\n');
    expect(md).toContain('First line\\\n\\- not a list \\<b>x\\</b> www\\.example.org');
    expect(md).toContain('1. One\n2. Two');
    expect(md).toContain('_[not translated]_\nTexte');
  });
});
