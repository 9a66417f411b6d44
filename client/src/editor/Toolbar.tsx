import { useRef, useState, type KeyboardEvent } from 'react';
import type { Editor } from '@tiptap/core';
import { useEditorState } from './tiptap';
import { useTranslation } from '../i18n';
import type { Dictionary } from '../i18n/en';
import { ToolMenu } from './ToolMenu';
import { useFitCount } from './useFitCount';

interface Tool {
  key: keyof Dictionary['tools'];
  /** For aria-keyshortcuts: Tiptap's default binding. */
  shortcut: string;
  /** aria-pressed state; undefined for plain actions (undo, redo). */
  pressed?: boolean;
  enabled: boolean;
  run(): void;
}

/**
 * The formatting bar. One tab stop (roving tabindex): Tab reaches the bar,
 * the arrow keys, Home and End move between its buttons.
 */
export function Toolbar({ editor }: { editor: Editor }) {
  const { t, language } = useTranslation();
  const state = useEditorState(editor, (e) => {
    const bulletList = e.isActive('bulletList');
    const orderedList = e.isActive('orderedList');
    return {
      paragraph: e.isActive('paragraph') && !bulletList && !orderedList,
      heading1: e.isActive('heading', { level: 1 }),
      heading2: e.isActive('heading', { level: 2 }),
      bulletList,
      orderedList,
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    };
  });
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);

  const chain = () => editor.chain().focus();
  // Undo and Redo first: they never go to the "More" menu, and never sit alone on a line.
  const tools: Tool[] = [
    { key: 'undo', shortcut: 'Control+Z', enabled: state.canUndo, run: () => chain().undo().run() },
    { key: 'redo', shortcut: 'Control+Shift+Z Control+Y', enabled: state.canRedo, run: () => chain().redo().run() },
    { key: 'bold', shortcut: 'Control+B', pressed: state.bold, enabled: true, run: () => chain().toggleBold().run() },
    { key: 'italic', shortcut: 'Control+I', pressed: state.italic, enabled: true, run: () => chain().toggleItalic().run() },
    {
      key: 'paragraph',
      shortcut: 'Control+Alt+0',
      pressed: state.paragraph,
      enabled: true,
      run: () => {
        if (state.bulletList) chain().toggleBulletList().run();
        else if (state.orderedList) chain().toggleOrderedList().run();
        else chain().setParagraph().run();
      },
    },
    { key: 'heading1', shortcut: 'Control+Alt+1', pressed: state.heading1, enabled: true, run: () => chain().toggleHeading({ level: 1 }).run() },
    { key: 'heading2', shortcut: 'Control+Alt+2', pressed: state.heading2, enabled: true, run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: 'bulletList', shortcut: 'Control+Shift+8', pressed: state.bulletList, enabled: true, run: () => chain().toggleBulletList().run() },
    { key: 'orderedList', shortcut: 'Control+Shift+7', pressed: state.orderedList, enabled: true, run: () => chain().toggleOrderedList().run() },
  ];

  const bar = useRef<HTMLDivElement>(null);
  const fit = useFitCount(bar, tools.length, language);
  const inline = tools.slice(0, fit);
  const overflow = tools.slice(fit);
  // The roving tab stop walks the tools on the line, then "More" when it is shown.
  const stops = inline.length + (overflow.length > 0 ? 1 : 0);
  const current = Math.min(focusIndex, stops - 1);

  const move = (index: number) => {
    const next = (index + stops) % stops;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(current + 1),
      ArrowLeft: () => move(current - 1),
      Home: () => move(0),
      End: () => move(stops - 1),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <div
      ref={bar}
      role="toolbar"
      aria-label={t('draft.toolbar')}
      aria-controls="draft-text"
      className="toolbar"
      onKeyDown={onKeyDown}
    >
      {inline.map((tool, index) => (
        <button
          key={tool.key}
          ref={(el) => {
            buttons.current[index] = el;
          }}
          type="button"
          className={`tool tool-${tool.key}`}
          tabIndex={index === current ? 0 : -1}
          aria-pressed={tool.pressed}
          aria-disabled={!tool.enabled || undefined}
          aria-keyshortcuts={tool.shortcut}
          onFocus={() => setFocusIndex(index)}
          // Keep the text's selection while clicking a button.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => tool.enabled && tool.run()}
        >
          {t(`tools.${tool.key}`)}
        </button>
      ))}
      <ToolMenu
        tools={overflow.map((tool) => ({ ...tool, label: t(`tools.${tool.key}`) }))}
        needed={overflow.length > 0}
        tabIndex={current === inline.length ? 0 : -1}
        onFocus={() => setFocusIndex(inline.length)}
        buttonRef={(el) => {
          buttons.current[inline.length] = el;
        }}
      />
    </div>
  );
}
