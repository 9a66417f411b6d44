import { useLayoutEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { startDiscussing } from './sessionMap';
import { useTranslation } from '../i18n';

interface Props {
  session: Y.Doc;
  clauseId: string;
  /** Is this the clause now discussed? */
  discussing: boolean;
}

/**
 * For facilitators, in the notes panel: put this clause up for discussion.
 * While it is discussed, say so; the one "Stop discussing" is in the live session.
 */
export function DiscussButton({ session, clauseId, discussing }: Props) {
  const { t } = useTranslation();
  const said = useRef<HTMLSpanElement>(null);
  const pressed = useRef(false);

  // The button gives way to the sentence: keep the focus there, in the panel, not lost to the page.
  // Before the next paint, not after it: a key pressed at once (Escape) would find the focus on the page.
  useLayoutEffect(() => {
    if (!discussing || !pressed.current) return;
    pressed.current = false;
    said.current?.focus();
  }, [discussing]);

  return (
    <p className="discuss-action">
      {discussing ? (
        <span ref={said} tabIndex={-1} className="discuss-now">
          {t('workspace.discussingThis')}
        </span>
      ) : (
        <button
          type="button"
          onClick={() => {
            pressed.current = true;
            startDiscussing(session, clauseId);
          }}
        >
          {t('session.discuss')}
        </button>
      )}
    </p>
  );
}
