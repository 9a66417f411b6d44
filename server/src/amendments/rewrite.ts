import * as Y from 'yjs';
import { BODY_FRAGMENT, CLAUSE_ID_ATTR } from '@charter/shared';

/** The top-level block of the body that is this clause, if there is one. */
export function findClauseBlock(body: Y.Doc, clauseId: string): Y.XmlElement | null {
  for (const node of body.getXmlFragment(BODY_FRAGMENT).toArray()) {
    if (node instanceof Y.XmlElement && node.getAttribute(CLAUSE_ID_ATTR) === clauseId) return node;
  }
  return null;
}

/**
 * Give a clause new words, keeping the block itself: its element, its clause id
 * and its other attributes stay, so every principle, need and comment pointing
 * at the id still points at it. Call it inside a transaction.
 *
 * A block of text (paragraph, heading) gets one text node. A block of blocks
 * (a list, a quote) gets one inner block per line, shaped like its first one
 * (list item › paragraph), which is how `blockText` reads it back line by line.
 */
export function replaceClauseText(block: Y.XmlElement, text: string): void {
  const shape = innerShape(block);
  block.delete(0, block.length);
  if (shape.length === 0) {
    block.insert(0, [new Y.XmlText(text)]);
    return;
  }
  const lines = text.split('\n');
  block.insert(0, lines.map((line) => nest(shape, line)));
}

/** The element names from a block down to its first block of text, the block excluded: [] for a paragraph. */
function innerShape(block: Y.XmlElement): Array<{ name: string; attributes: Record<string, string> }> {
  const shape: Array<{ name: string; attributes: Record<string, string> }> = [];
  let node: Y.XmlElement = block;
  for (;;) {
    const child = node.toArray().find((c): c is Y.XmlElement => c instanceof Y.XmlElement);
    if (!child) return shape;
    const attributes = Object.fromEntries(
      Object.entries(child.getAttributes()).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
    shape.push({ name: child.nodeName, attributes });
    node = child;
  }
}

function nest(shape: ReadonlyArray<{ name: string; attributes: Record<string, string> }>, line: string): Y.XmlElement {
  const [outer, ...rest] = shape;
  const element = new Y.XmlElement(outer.name);
  for (const [key, value] of Object.entries(outer.attributes)) element.setAttribute(key, value);
  element.insert(0, [rest.length === 0 ? new Y.XmlText(line) : nest(rest, line)]);
  return element;
}

