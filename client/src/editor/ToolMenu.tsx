import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n';

export interface MenuTool {
  key: string;
  label: string;
  /** For a tool that is on or off (bold, a heading); undefined for an action (undo). */
  pressed?: boolean;
  enabled: boolean;
  run(): void;
}

interface Props {
  tools: MenuTool[];
  /** The toolbar's roving tab stop: is it this button? */
  tabIndex: number;
  /** Hidden while every tool fits on the line (it is still measured). */
  needed: boolean;
  onFocus(): void;
  buttonRef(element: HTMLButtonElement | null): void;
}

/**
 * "More": the formatting tools that do not fit on the toolbar's one line, in
 * a menu. Arrow keys move in it, Enter or Space runs a tool, Escape closes it
 * and returns to the button. The text keeps its selection throughout.
 */
export function ToolMenu({ tools, tabIndex, needed, onFocus, buttonRef }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement | null>(null);
  const items = useRef<Array<HTMLButtonElement | null>>([]);

  // Before the next key is handled: a quick End after opening must not be undone by this.
  useLayoutEffect(() => {
    if (open) items.current[0]?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = items.current.filter((item): item is HTMLButtonElement => item !== null);
    const from = list.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: from + 1, ArrowUp: from - 1, Home: 0, End: list.length - 1 };
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    } else if (event.key in moves) {
      event.preventDefault();
      event.stopPropagation();
      list[(moves[event.key] + list.length) % list.length]?.focus();
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      // The toolbar's own arrows do not apply inside the menu.
      event.stopPropagation();
    }
  };

  return (
    <div className="tool-more" style={needed ? undefined : { visibility: 'hidden' }}>
      <button
        ref={(element) => {
          button.current = element;
          buttonRef(element);
        }}
        type="button"
        className="tool"
        aria-haspopup="menu"
        aria-expanded={open}
        tabIndex={tabIndex}
        onFocus={onFocus}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown') return;
          event.preventDefault();
          setOpen(true);
        }}
      >
        {t('workspace.moreTools')}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <div role="menu" aria-label={t('workspace.moreTools')} className="tool-menu" onKeyDown={onMenuKey} onBlur={(event) => {
          if (!event.currentTarget.parentElement?.contains(event.relatedTarget as Node)) setOpen(false);
        }}>
          {tools.map((tool, index) => (
            <button
              key={tool.key}
              ref={(element) => {
                items.current[index] = element;
              }}
              type="button"
              role={tool.pressed === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={tool.pressed}
              aria-disabled={!tool.enabled || undefined}
              tabIndex={-1}
              className={`tool-menu-item tool-${tool.key}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                if (!tool.enabled) return;
                tool.run();
                setOpen(false);
              }}
            >
              {tool.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
