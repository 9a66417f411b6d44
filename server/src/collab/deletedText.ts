import * as Y from 'yjs';

type DeleteSet = Y.Transaction['deleteSet'];

/**
 * The text a block held just before the transaction that deleted it, read from
 * inside that transaction's observers (before garbage collection empties it):
 * what was live then is what is live now or deleted by this very transaction.
 * Joined as `blockText` joins a live block's text.
 */
export function deletedBlockText(block: Y.XmlElement | Y.XmlText, deleteSet: DeleteSet): string {
  const parts: Array<{ element: boolean; text: string }> = [];
  for (let item = block._start; item !== null; item = item.right) {
    if (item.deleted && !Y.isDeleted(deleteSet, item.id)) continue;
    const content = item.content;
    if (content instanceof Y.ContentString) parts.push({ element: false, text: content.str });
    else if (content instanceof Y.ContentType && (content.type instanceof Y.XmlElement || content.type instanceof Y.XmlText)) {
      parts.push({ element: content.type instanceof Y.XmlElement, text: deletedBlockText(content.type, deleteSet) });
    }
  }
  if (block instanceof Y.XmlText) return parts.map((part) => part.text).join('');
  const separator = parts.some((part) => part.element) ? '\n' : '';
  return parts
    .map((part) => part.text)
    .filter((text) => text !== '')
    .join(separator);
}
