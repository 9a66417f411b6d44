import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Editor, type EditorOptions } from '@tiptap/core';

/**
 * Tiptap in a component: the editor is built into the element `mount` is given
 * (a callback ref), once per `deps`, and destroyed with it. Options are read
 * when it is built; what changes later goes through the editor's own calls.
 * Tiptap's React package does this and more that this editor does not use
 * (React node views, rendering on the server): with its helpers, 5 KB on the
 * wire of a first visit.
 */
export function useTiptap(options: Partial<EditorOptions>, deps: readonly unknown[]): { editor: Editor | null; mount: (element: HTMLDivElement | null) => void } {
  const [element, mount] = useState<HTMLDivElement | null>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const latest = useRef(options);
  latest.current = options;

  // Before the browser paints: the page never shows an empty box where the text goes.
  useLayoutEffect(() => {
    if (!element) return;
    const built = new Editor({ ...latest.current, element });
    // Tiptap builds its view with attributes given as an object only; given again,
    // the props reach ProseMirror as they are (attributes that follow the state).
    if (latest.current.editorProps) built.setOptions({ editorProps: latest.current.editorProps });
    setEditor(built);
    return () => {
      setEditor(null);
      built.destroy();
    };
  }, [element, ...deps]);

  return { editor, mount };
}

/**
 * What `select` reads from the editor, read again after every transaction; the
 * component draws again only when a value changed.
 */
export function useEditorState<T extends Record<string, unknown>>(editor: Editor, select: (editor: Editor) => T): T {
  const [state, setState] = useState(() => select(editor));
  const latest = useRef(select);
  latest.current = select;

  useEffect(() => {
    const update = () =>
      setState((current) => {
        const next = latest.current(editor);
        return Object.keys(next).every((key) => Object.is(next[key], current[key])) ? current : next;
      });
    update();
    editor.on('transaction', update);
    return () => {
      editor.off('transaction', update);
    };
  }, [editor]);

  return state;
}
