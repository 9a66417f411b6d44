import { parseDocument } from 'htmlparser2';
import type { DocNode, MarkName } from './blocks.js';
import { UnreadableFile } from './unreadable.js';

type HtmlNode = ReturnType<typeof parseDocument>['children'][number];
type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;

/** Tags whose content is blocks: walked through, their blocks kept in order. */
const CONTAINERS = new Set(['html', 'body', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'figure', 'figcaption', 'center', 'form', 'fieldset', 'details', 'summary', 'dl', 'dt', 'dd', 'address', 'hgroup', 'li']);
/** Tags whose content is no text of the draft. */
const SKIPPED = new Set(['head', 'title', 'script', 'style', 'template', 'noscript', 'meta', 'link', 'img', 'svg', 'math', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas', 'button', 'input', 'select', 'textarea', 'hr']);
const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'blockquote', 'pre', 'table']);
const MARKS: Record<string, MarkName> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', cite: 'italic', u: 'underline', ins: 'underline', s: 'strike', strike: 'strike', del: 'strike', code: 'code' };
/** Deeper than this, a node's words are kept as plain text: no recursion a crafted file could overflow. */
const MAX_DEPTH = 48;

const isElement = (node: HtmlNode): node is HtmlElement => 'name' in node && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
const isText = (node: HtmlNode): node is Extract<HtmlNode, { type: 'text' }> => node.type === 'text';
const isBlock = (node: HtmlNode) => isElement(node) && (BLOCKS.has(node.name) || CONTAINERS.has(node.name));

/**
 * HTML to the editor's blocks: each heading, paragraph, list, quote and preformatted
 * block in order, with bold, italic, underline, strike and code kept. A table becomes
 * a paragraph per row, its cells side by side; images, scripts and forms are left out.
 */
export function htmlToBlocks(html: string): DocNode[] {
  assertShallow(html);
  return blocksOf(parseDocument(html).children, 0);
}

/** Deeper than this, HTML is no document anyone wrote: the parser's time grows with the square of the depth. */
const MAX_NESTING = 1000;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Refuses HTML nested past MAX_NESTING, counted by a linear scan of its tags before any parsing. */
function assertShallow(html: string): void {
  let depth = 0;
  for (const [tag, closing, name] of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*>/g)) {
    if (VOID.has(name.toLowerCase()) || tag.endsWith('/>')) continue;
    depth += closing ? -1 : 1;
    if (depth > MAX_NESTING) throw new UnreadableFile('unreadable', `This file is nested more than ${MAX_NESTING} levels deep: it is not a text that can be read.`);
  }
}

function blocksOf(nodes: HtmlNode[], depth: number): DocNode[] {
  const blocks: DocNode[] = [];
  let inline: DocNode[] = [];
  const flush = () => {
    const paragraph = paragraphOf(inline);
    if (paragraph) blocks.push(paragraph);
    inline = [];
  };
  for (const node of nodes) {
    if (isElement(node) && SKIPPED.has(node.name)) continue;
    if (isBlock(node)) {
      flush();
      blocks.push(...blockOf(node as HtmlElement, depth + 1));
    } else {
      inline.push(...inlineOf(node, [], depth + 1));
    }
  }
  flush();
  return blocks;
}

function blockOf(element: HtmlElement, depth: number): DocNode[] {
  if (depth > MAX_DEPTH) return paragraphs(plainText(element));
  const name = element.name;
  const heading = /^h([1-6])$/.exec(name);
  if (heading) {
    const content = tidy(inlineOf(element, [], depth));
    return content.length ? [{ type: 'heading', attrs: { level: Number(heading[1]) }, content }] : [];
  }
  if (name === 'p') return blocksOf(element.children, depth);
  if (name === 'ul' || name === 'ol') return listOf(element, depth);
  if (name === 'blockquote') {
    const content = blocksOf(element.children, depth);
    return content.length ? [{ type: 'blockquote', content }] : [];
  }
  if (name === 'pre') {
    const text = plainText(element).replace(/\n$/, '');
    return text.trim() ? [{ type: 'codeBlock', content: [{ type: 'text', text }] }] : [];
  }
  if (name === 'table') return rowsOf(element).flatMap((row) => paragraphs(row));
  return blocksOf(element.children, depth);
}

function listOf(list: HtmlElement, depth: number): DocNode[] {
  const items = list.children
    .filter((child) => isElement(child) || (isText(child) && child.data.trim() !== ''))
    .map((child): DocNode | null => {
      const content = isElement(child) && child.name === 'li' ? blocksOf(child.children, depth) : blocksOf([child], depth);
      if (!content.length) return null;
      // A list item starts with a paragraph in the editor's schema.
      if (content[0].type !== 'paragraph') content.unshift({ type: 'paragraph' });
      return { type: 'listItem', content };
    })
    .filter((item): item is DocNode => item !== null);
  if (!items.length) return [];
  const type = list.name === 'ol' ? 'orderedList' : 'bulletList';
  const start = Number(list.attribs.start);
  return [{ type, ...(type === 'orderedList' && Number.isInteger(start) && start !== 1 ? { attrs: { start } } : {}), content: items }];
}

function inlineOf(node: HtmlNode, marks: MarkName[], depth: number): DocNode[] {
  if (isText(node)) return [{ type: 'text', text: node.data.replace(/[ \t\n\r\f]+/g, ' '), ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}) }];
  if (!isElement(node) || SKIPPED.has(node.name)) return [];
  if (node.name === 'br') return [{ type: 'hardBreak' }];
  if (depth > MAX_DEPTH) return [{ type: 'text', text: plainText(node) }];
  const mark = MARKS[node.name];
  const inner = mark && !marks.includes(mark) ? [...marks, mark] : marks;
  // A block inside inline text (a paragraph in a table cell, in a link): its words, set apart by a space.
  const spaced = isBlock(node);
  const content = node.children.flatMap((child) => inlineOf(child, inner, depth + 1));
  return spaced ? [{ type: 'text', text: ' ' }, ...content, { type: 'text', text: ' ' }] : content;
}

/** Each row of a table as one line of text, cells separated by a bar. */
function rowsOf(table: HtmlElement): string[] {
  const rows: string[] = [];
  const stack: HtmlNode[] = [...table.children];
  while (stack.length) {
    const node = stack.shift()!;
    if (!isElement(node)) continue;
    if (node.name === 'tr') {
      const cells = node.children.filter((cell): cell is HtmlElement => isElement(cell) && (cell.name === 'td' || cell.name === 'th'));
      const row = cells.map((cell) => plainText(cell).replace(/\s+/g, ' ').trim()).filter(Boolean).join(' | ');
      if (row) rows.push(row);
    } else if (node.name !== 'table') {
      stack.unshift(...node.children);
    }
  }
  return rows;
}

/** The words under a node, read without recursion. */
function plainText(root: HtmlNode): string {
  let text = '';
  const stack: HtmlNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (isText(node)) text += node.data;
    else if (isElement(node) && !SKIPPED.has(node.name)) {
      if (node.name === 'br') text += '\n';
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return text;
}

function paragraphs(text: string): DocNode[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean ? [{ type: 'paragraph', content: [{ type: 'text', text: clean }] }] : [];
}

function paragraphOf(inline: DocNode[]): DocNode | null {
  const content = tidy(inline);
  return content.length ? { type: 'paragraph', content } : null;
}

/**
 * Inline content as a browser shows it: runs of spaces as one, none at the start or
 * end of a line, neighbouring text of the same marks joined. Nothing but spaces: empty.
 */
function tidy(inline: DocNode[]): DocNode[] {
  const out: DocNode[] = [];
  const sameMarks = (a: DocNode, b: DocNode) => JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);
  for (const node of inline) {
    const last = out[out.length - 1];
    if (node.type !== 'text') {
      if (last?.type === 'text') last.text = last.text!.replace(/ +$/, '');
      out.push(node);
      continue;
    }
    let text = node.text ?? '';
    const lineStart = !last || last.type === 'hardBreak' || (last.type === 'text' && / $/.test(last.text!));
    if (lineStart) text = text.replace(/^ +/, '');
    if (!text) continue;
    if (last?.type === 'text' && sameMarks(last, node)) last.text += text;
    else out.push({ ...node, text });
  }
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text = last.text!.replace(/ +$/, '');
  const kept = out.filter((node) => node.type !== 'text' || node.text !== '');
  while (kept.length && kept[kept.length - 1].type === 'hardBreak') kept.pop();
  while (kept.length && kept[0].type === 'hardBreak') kept.shift();
  return kept.some((node) => node.type === 'text' && node.text!.trim() !== '') ? kept : [];
}
