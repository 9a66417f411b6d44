import { strings } from '../strings';

/** The keyboard shortcuts of the editor, folded away until asked for. */
export function ShortcutsHelp() {
  const t = strings.draft;
  return (
    <details className="shortcuts">
      <summary>{t.shortcutsTitle}</summary>
      <p>{t.toolbarHelp}</p>
      <dl>
        {t.shortcuts.map(([keys, action]) => (
          <div key={action}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <p>{t.shortcutsMac}</p>
    </details>
  );
}
