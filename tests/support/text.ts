import * as Y from 'yjs';
import type { Clause } from '@charter/shared';
import { request } from './api.js';
import { appendParagraph, eventually } from './collab.js';

/**
 * Working on a draft's text from a stock client, by clause: the ids the server
 * gave, and edits the way an editor makes them (text changed in place, a block
 * split, moved or deleted).
 */

/** The live clause list, once it has `count` clauses (and satisfies `accept`, if given). */
export function clausesOnceThere(
  base: string,
  draftId: string,
  token: string,
  count: number,
  accept: (clauses: Clause[]) => boolean = () => true,
): Promise<Clause[]> {
  return eventually(
    async () => (await request<Clause[]>(base, 'GET', `/api/drafts/${draftId}/clauses`, { token })).body,
    (clauses) => Array.isArray(clauses) && clauses.length === count && accept(clauses),
    `${count} clauses`,
  );
}

/** Write paragraphs (one update) and wait until the server has named each. */
export async function writeClauses(base: string, draftId: string, token: string, doc: Y.Doc, texts: string[]): Promise<Clause[]> {
  const before = doc.getXmlFragment('body').length;
  doc.transact(() => {
    for (const text of texts) appendParagraph(doc, text);
  });
  return clausesOnceThere(base, draftId, token, before + texts.length);
}

/** The top-level block of a client's body that holds this clause id. */
export function blockOf(doc: Y.Doc, clauseId: string): Y.XmlElement {
  const block = doc.getXmlFragment('body').toArray().find((node) => node instanceof Y.XmlElement && node.getAttribute('clauseId') === clauseId);
  if (!(block instanceof Y.XmlElement)) throw new Error(`no block ${clauseId}`);
  return block;
}

/** Replace a clause's text in place, as typing over it would. */
export function retype(doc: Y.Doc, clauseId: string, text: string): void {
  const content = blockOf(doc, clauseId).get(0) as Y.XmlText;
  doc.transact(() => {
    content.delete(0, content.length);
    content.insert(0, text);
  });
}

/** Split a clause after `at` characters: the rest becomes a new block right after it, with the same attributes (as Enter does). */
export function split(doc: Y.Doc, clauseId: string, at: number): void {
  const block = blockOf(doc, clauseId);
  const content = block.get(0) as Y.XmlText;
  const rest = content.toString().slice(at);
  const body = doc.getXmlFragment('body');
  const index = body.toArray().indexOf(block);
  doc.transact(() => {
    content.delete(at, content.length - at);
    const next = new Y.XmlElement('paragraph');
    next.setAttribute('clauseId', clauseId);
    next.insert(0, [new Y.XmlText(rest.trimStart())]);
    body.insert(index + 1, [next]);
  });
}

/** Move a clause to `to` (an index of the body after the move), keeping its id: what a drag does. */
export function move(doc: Y.Doc, clauseId: string, to: number): void {
  const body = doc.getXmlFragment('body');
  const block = blockOf(doc, clauseId);
  doc.transact(() => {
    const copy = block.clone();
    body.delete(body.toArray().indexOf(block), 1);
    body.insert(to, [copy]);
  });
}

export function remove(doc: Y.Doc, clauseId: string): void {
  const body = doc.getXmlFragment('body');
  body.delete(body.toArray().indexOf(blockOf(doc, clauseId)), 1);
}

/** Every clause's id and text, in order, as a client sees them. */
export function clauseIdsAndTexts(doc: Y.Doc): Array<[string, string]> {
  return doc
    .getXmlFragment('body')
    .toArray()
    .map((node) => [String((node as Y.XmlElement).getAttribute('clauseId')), (node as Y.XmlElement).toArray().map(String).join('')]);
}
