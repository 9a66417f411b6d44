import { useTranslation } from '../i18n';

/** Each shortcut's keys, and the words for what it does: a toolbar button's own name where it has one. */
const SHORTCUTS = [
  ['Ctrl+Alt+0', 'tools.paragraph'],
  ['Ctrl+Alt+1', 'tools.heading1'],
  ['Ctrl+Alt+2', 'tools.heading2'],
  ['Ctrl+Shift+8', 'tools.bulletList'],
  ['Ctrl+Shift+7', 'tools.orderedList'],
  ['Ctrl+B', 'tools.bold'],
  ['Ctrl+I', 'tools.italic'],
  ['Ctrl+Alt+M', 'draft.shortcuts.notes'],
  ['↑ ↓', 'draft.shortcuts.clauses'],
  ['Esc', 'draft.shortcuts.escape'],
  ['Ctrl+Z', 'tools.undo'],
  [null, 'tools.redo'],
] as const;

/** The keyboard shortcuts of the editor, folded away until asked for. */
export function ShortcutsHelp() {
  const { t } = useTranslation();
  return (
    <details className="shortcuts">
      <summary>{t('draft.shortcutsTitle')}</summary>
      <p>{t('draft.toolbarHelp')}</p>
      <dl>
        {SHORTCUTS.map(([keys, words]) => (
          <div key={words}>
            <dt>
              <kbd>{keys ?? t('draft.redoKeys')}</kbd>
            </dt>
            <dd>{t(words)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('draft.shortcutsMac')}</p>
    </details>
  );
}
