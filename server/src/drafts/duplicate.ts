import * as Y from 'yjs';
import { BODY_FRAGMENT, randomId, readAnnotations, writeAnnotation, type Annotation, type Draft } from '@charter/shared';
import type { Collab } from '../collab/index.js';
import type { AppStore } from '../store/types.js';

/**
 * A new drafting draft in the same initiative with the text as it is now
 * (clause ids kept) and its principle and need links: what the text claims and
 * answers. Comments, amendments, versions and translations stay with the
 * original: they were said about that draft, by people who did not write them
 * into the copy.
 */
export async function duplicateDraft(app: AppStore, collab: Collab, source: Draft, title: string): Promise<string> {
  const { blocks, links } = await collab.read(source.id, (body, notes) => ({
    blocks: body
      .getXmlFragment(BODY_FRAGMENT)
      .toArray()
      .filter((block): block is Y.XmlElement | Y.XmlText => !(block instanceof Y.XmlHook))
      .map((block) => block.clone()),
    links: readAnnotations(notes).filter((annotation) => annotation.type !== 'comment'),
  }));
  const id = randomId();
  await app.createDraft({
    id,
    initiativeId: source.initiativeId,
    title,
    kind: source.kind,
    status: 'drafting',
    language: source.language,
    updatedAt: new Date().toISOString(),
  });
  await collab.changeBody(id, (doc) => doc.getXmlFragment(BODY_FRAGMENT).insert(0, blocks));
  if (links.length > 0) {
    await collab.changeNotes(id, (_body, notes) => {
      for (const link of links) writeAnnotation(notes, { ...link, id: randomId() } as Annotation);
    });
  }
  return id;
}
