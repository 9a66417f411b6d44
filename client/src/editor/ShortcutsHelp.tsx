import { useTranslation, type TranslationKey } from '../i18n';

/**
 * Each shortcut's keys (in words of the language where they hold a word), and
 * the words for what it does: a toolbar button's own name where it has one.
 */
const SHORTCUTS: ReadonlyArray<readonly [string | { say: TranslationKey }, TranslationKey]> = [
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
  [{ say: 'draft.openLinkKeys' }, 'draft.shortcuts.openLink'],
  ['Ctrl+Z', 'tools.undo'],
  [{ say: 'draft.redoKeys' }, 'tools.redo'],
];

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
              <kbd>{typeof keys === 'string' ? keys : t(keys.say)}</kbd>
            </dt>
            <dd>{t(words)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('draft.shortcutsMac')}</p>
    </details>
  );
}
