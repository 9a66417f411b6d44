import * as Y from 'yjs';
import { BODY_FRAGMENT, CLAUSE_ID_ATTR, newClauseId } from '@charter/shared';

/** The marks an imported text keeps, named as the editor's schema names them. */
export type MarkName = 'bold' | 'italic' | 'underline' | 'strike' | 'code';

/** A node of the editor's document, in ProseMirror's JSON form (the shared schema's node names). */
export interface DocNode {
  type: string;
  attrs?: Record<string, string | number>;
  content?: DocNode[];
  text?: string;
  marks?: Array<{ type: MarkName }>;
}

/** What the preview shows of a clause: its kind of block, heading level and plain text (cut short). */
export interface ClausePreview {
  block: string;
  level?: number;
  text: string;
}

const PREVIEW_CHARS = 280;

/** The plain text of a node, list items and hard breaks one per line. */
export function nodeText(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  const children = node.content ?? [];
  const separator = children.some((child) => child.type !== 'text' && child.type !== 'hardBreak') ? '\n' : '';
  return children.map(nodeText).filter((text) => text !== '').join(separator);
}

export function previewOf(blocks: DocNode[]): ClausePreview[] {
  return blocks.map((block) => {
    const text = nodeText(block);
    return {
      block: block.type,
      ...(block.type === 'heading' ? { level: Number(block.attrs?.level) } : {}),
      text: text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text,
    };
  });
}

/**
 * Writes the blocks into an empty body as the editor's collaboration binding would:
 * an element per node, the text of a block in Y.XmlText with its marks as format
 * attributes, each top-level block a clause with its own id. Call inside a transaction.
 */
export function writeBlocks(doc: Y.Doc, blocks: DocNode[]): void {
  const body = doc.getXmlFragment(BODY_FRAGMENT);
  body.push(
    blocks.map((block) => {
      const element = toElement(block);
      element.setAttribute(CLAUSE_ID_ATTR, newClauseId());
      return element;
    }),
  );
}

function toElement(node: DocNode): Y.XmlElement {
  const element = new Y.XmlElement(node.type);
  // The editor stores a heading's level as a number; Yjs stores any JSON value, though its typings say strings.
  for (const [key, value] of Object.entries(node.attrs ?? {})) (element as unknown as Y.XmlElement<Record<string, string | number>>).setAttribute(key, value);
  const children: Array<Y.XmlElement | Y.XmlText> = [];
  let text: Y.XmlText | null = null;
  let length = 0;
  for (const child of node.content ?? []) {
    if (child.type === 'text') {
      if (!text) {
        text = new Y.XmlText();
        children.push(text);
        length = 0;
      }
      const format = Object.fromEntries((child.marks ?? []).map((mark) => [mark.type, {}]));
      text.insert(length, child.text ?? '', format);
      length += (child.text ?? '').length;
    } else {
      text = null;
      children.push(toElement(child));
    }
  }
  element.insert(0, children);
  return element;
}
