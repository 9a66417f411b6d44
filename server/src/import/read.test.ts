import { describe, expect, it } from 'vitest';
import { nodeText } from './blocks.js';
import { readImport } from './read.js';

const encode = (text: string) => new TextEncoder().encode(text);
const texts = async (format: 'html' | 'markdown' | 'text', text: string) => (await readImport(format, encode(text))).map((block) => [block.type, nodeText(block)]);

describe('reading a file into clauses', () => {
  it('keeps a browser’s spacing: runs of spaces as one, none at the ends of a line', async () => {
    expect(await texts('html', '<p>  Every   <b>resident </b> counts.<br>  Always. </p>')).toEqual([['paragraph', 'Every resident counts.\nAlways.']]);
  });

  it('reads a table as a line per row, and leaves out images, scripts and forms', async () => {
    const html = '<table><tr><th>Year</th><th>Budget</th></tr><tr><td><p>2027</p></td><td>1 M</td></tr></table><img src="a.png"><form><input value="x"></form>';
    expect(await texts('html', html)).toEqual([
      ['paragraph', 'Year | Budget'],
      ['paragraph', '2027 | 1 M'],
    ]);
  });

  it('keeps the words of HTML nested deeper than it walks, and refuses nesting no document has', async () => {
    const nested = (depth: number) => `${'<div><span>'.repeat(depth)}deep words${'</span></div>'.repeat(depth)}`;
    expect(await texts('html', nested(400))).toEqual([['paragraph', 'deep words']]);
    await expect(readImport('html', encode(nested(200_000)))).rejects.toMatchObject({ code: 'unreadable' });
  });

  it('refuses deeply nested Markdown that its parser cannot follow, as a file it cannot read', async () => {
    await expect(readImport('markdown', encode(`${'> '.repeat(20_000)}quote`))).rejects.toThrow();
  }, 20_000);

  it('reads UTF-16 text with its byte-order mark, and refuses Latin-1 sent as UTF-8', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Città'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect((await readImport('text', utf16)).map(nodeText)).toEqual(['Città']);
    await expect(readImport('text', new Uint8Array([0x43, 0x69, 0x74, 0x74, 0xe0]))).rejects.toMatchObject({ code: 'not_text' });
  });
});
