import { useTranslation } from 'react-i18next';

/** Each shortcut's keys, and the word for what it does. */
const SHORTCUTS = [
  ['Ctrl+Alt+0', 'paragraph'],
  ['Ctrl+Alt+1', 'heading1'],
  ['Ctrl+Alt+2', 'heading2'],
  ['Ctrl+Shift+8', 'bulletList'],
  ['Ctrl+Shift+7', 'orderedList'],
  ['Ctrl+B', 'bold'],
  ['Ctrl+I', 'italic'],
  ['Ctrl+Alt+M', 'notes'],
  ['↑ ↓', 'clauses'],
  ['Esc', 'escape'],
  ['Ctrl+Z', 'undo'],
  [null, 'redo'],
] as const;

/** The keyboard shortcuts of the editor, folded away until asked for. */
export function ShortcutsHelp() {
  const { t } = useTranslation();
  return (
    <details className="shortcuts">
      <summary>{t('draft.shortcutsTitle')}</summary>
      <p>{t('draft.toolbarHelp')}</p>
      <dl>
        {SHORTCUTS.map(([keys, action]) => (
          <div key={action}>
            <dt>
              <kbd>{keys ?? t('draft.redoKeys')}</kbd>
            </dt>
            <dd>{t(`draft.shortcuts.${action}`)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('draft.shortcutsMac')}</p>
    </details>
  );
}
