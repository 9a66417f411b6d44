import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n';
import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { ANNOTATIONS_MAP, BODY_FRAGMENT, authorName, readAnnotation } from '@charter/shared';
import { Announcer, sentenceText } from './announcements';
import { clauseEdits } from './remoteEdits';

interface Props {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** The draft's notes, whose new comments are said too. */
  notes: Y.Doc;
  notesProvider: WebsocketProvider;
  /** Each clause's place in the text, from 1. */
  clauseNumbers: ReadonlyMap<string, number>;
}

/** Joins seen this soon after the text arrived are the people already here, not news. */
const SETTLE_MS = 1500;

interface AwarenessState {
  user?: { name?: unknown };
  clauseId?: unknown;
}

/**
 * A polite, visually hidden live region that tells screen reader users what the
 * others are doing, in summary: "Ana edited clause 3", "Ana and Bruno edited
 * clauses 2 and 5", "Bruno commented on clause 4", "Bruno joined", "Ana left".
 * Only changes that came over the network count; each person's work is
 * gathered for a few seconds and said in one sentence, never keystroke by
 * keystroke, and the same clause is not said again while that person keeps
 * working in it.
 */
export function RemoteAnnouncer({ doc, provider, notes, notesProvider, clauseNumbers }: Props) {
  const { t, language } = useTranslation();
  const [message, setMessage] = useState('');
  const numbers = useRef(clauseNumbers);
  numbers.current = clauseNumbers;
  const words = useRef({ t, lang: language });
  words.current = { t, lang: language };

  useEffect(() => {
    const announcer = new Announcer();
    const body = doc.getXmlFragment(BODY_FRAGMENT);
    const { awareness } = provider;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let repeat: ReturnType<typeof setTimeout> | undefined;
    let settledAt: number | null = provider.synced ? Date.now() : null;

    const nameOf = (state: AwarenessState | undefined): string | null =>
      typeof state?.user?.name === 'string' && state.user.name.trim() ? state.user.name : null;
    const someone = () => words.current.t('announce.someone');

    const say = () => {
      timer = undefined;
      const sentences = announcer.flush(Date.now(), (id) => numbers.current.get(id) ?? null);
      if (!sentences.length) return;
      const { t: translate, lang } = words.current;
      const text = sentences.map((s) => sentenceText(s, translate(`announce.${s.key}`), lang)).join('. ');
      // The same words again must still be heard: empty the region first.
      setMessage('');
      clearTimeout(repeat);
      repeat = setTimeout(() => setMessage(text), 100);
    };
    const schedule = () => {
      const due = announcer.due();
      if (due === null) return;
      clearTimeout(timer);
      timer = setTimeout(say, Math.max(0, due - Date.now()));
    };

    const onTransaction = (transaction: Y.Transaction) => {
      // Only what came over the network, once the text has arrived (its arrival is not news).
      if (transaction.origin !== provider || !provider.synced) return;
      const edits = clauseEdits(transaction, body);
      if (!edits.length) return;
      const states = awareness.getStates() as Map<number, AwarenessState>;
      const writers = [...new Set(edits.flatMap((e) => (e.client === null ? [] : [nameOf(states.get(e.client)) ?? someone()])))];
      const now = Date.now();
      for (const edit of edits) {
        let names = edit.client === null ? writers : [nameOf(states.get(edit.client)) ?? someone()];
        if (!names.length) {
          // A deletion says nothing of who made it: those whose caret is in that clause did.
          names = [];
          states.forEach((state, clientId) => {
            const name = nameOf(state);
            if (clientId !== awareness.clientID && name && edit.clauseId !== null && state.clauseId === edit.clauseId) names.push(name);
          });
          if (!names.length) names = [someone()];
        }
        for (const name of names) announcer.edited(name, edit.clauseId, now);
      }
      schedule();
    };

    // Who is here, by awareness client id.
    const known = new Map<number, string>();
    const onAwareness = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      const states = awareness.getStates() as Map<number, AwarenessState>;
      const now = Date.now();
      const news = settledAt !== null && now - settledAt >= SETTLE_MS;
      const present = (name: string) => [...known.values()].includes(name);
      for (const clientId of [...added, ...updated]) {
        if (clientId === awareness.clientID) continue;
        const name = nameOf(states.get(clientId));
        if (!name) continue;
        const before = known.get(clientId);
        if (before === name) continue;
        if (before !== undefined) {
          known.set(clientId, name); // A new name, not a new person.
          continue;
        }
        const again = present(name); // A second tab of someone already here.
        known.set(clientId, name);
        if (news && !again) announcer.joined(name, now);
      }
      for (const clientId of removed) {
        const name = known.get(clientId);
        if (name === undefined) continue;
        known.delete(clientId);
        if (news && !present(name)) announcer.left(name, now);
      }
      schedule();
    };
    // A new comment or reply from someone else; changes to existing notes (resolving one) are not news.
    const annotations = notes.getMap<unknown>(ANNOTATIONS_MAP);
    const onNotes = (event: Y.YMapEvent<unknown>) => {
      if (event.transaction.origin !== notesProvider || !notesProvider.synced) return;
      const now = Date.now();
      event.changes.keys.forEach((change, id) => {
        if (change.action !== 'add') return;
        const annotation = readAnnotation(annotations.get(id), id);
        if (annotation?.type === 'comment') announcer.commented(authorName(annotation.author) ?? words.current.t('notes.anonymous'), annotation.clauseId, now);
      });
      schedule();
    };

    const onSync = (synced: boolean) => {
      if (synced && settledAt === null) settledAt = Date.now();
    };

    doc.on('afterTransaction', onTransaction);
    awareness.on('change', onAwareness);
    annotations.observe(onNotes);
    provider.on('sync', onSync);
    return () => {
      clearTimeout(timer);
      clearTimeout(repeat);
      doc.off('afterTransaction', onTransaction);
      awareness.off('change', onAwareness);
      annotations.unobserve(onNotes);
      provider.off('sync', onSync);
    };
  }, [doc, provider, notes, notesProvider]);

  return (
    <p className="visually-hidden remote-announcer" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
