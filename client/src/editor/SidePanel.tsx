import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { formatNumber } from '../format';

export type SideTab = 'notes' | 'people';

const TABS: SideTab[] = ['notes', 'people'];

interface Props {
  tab: SideTab;
  onTab(tab: SideTab): void;
  /** A narrow screen: the panel is a sheet over the text, shown while `open`. */
  narrow: boolean;
  open: boolean;
  onClose(): void;
  /** Above the tabs, never scrolled away: the live session on a wide screen. */
  pinned?: ReactNode;
  notes: ReactNode;
  people: ReactNode;
  /** How many people are here, for the tab's name. */
  peopleCount: number;
  /** A clause's notes are open: they have a close button of their own. */
  notesOpen: boolean;
}

/**
 * Beside the text, one calm panel: what stays in view on top, then two tabs
 * (the open clause's notes, who is here) and one scrolling area under them.
 * On a narrow screen the same panel slides up from the bottom as a sheet.
 */
export function SidePanel({ tab, onTab, narrow, open, onClose, pinned, notes, people, peopleCount, notesOpen }: Props) {
  const { t } = useTranslation();
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);

  // Arrow keys, Home and End move between the tabs and show the one reached.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const from = TABS.indexOf(tab);
    const to = { ArrowRight: from + 1, ArrowLeft: from - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = TABS[(to + TABS.length) % TABS.length];
    onTab(next);
    tabs.current[TABS.indexOf(next)]?.focus();
  };

  const names: Record<SideTab, string> = {
    notes: t('workspace.notesTab'),
    people: t('workspace.peopleTab', { n: formatNumber(peopleCount) }),
  };

  return (
    <div
      id="side-panel"
      className="workspace-side"
      data-sheet={narrow || undefined}
      hidden={narrow && !open}
      onKeyDown={(event) => {
        if (narrow && event.key === 'Escape' && !event.defaultPrevented) onClose();
      }}
    >
      {narrow && (
        <div className="sheet-head">
          {/* The handle says "this slid up from the bottom"; the button and Escape close it. */}
          <div className="sheet-handle" aria-hidden="true" />
          {!(tab === 'notes' && notesOpen) && (
            <button type="button" className="secondary sheet-close" onClick={onClose}>
              {t('workspace.closeSheet')}
            </button>
          )}
        </div>
      )}
      {pinned}
      <div role="tablist" aria-label={t('workspace.sideLabel')} className="side-tabs" onKeyDown={onKeyDown}>
        {TABS.map((name, index) => (
          <button
            key={name}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`side-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`side-${name}`}
            tabIndex={tab === name ? 0 : -1}
            className="side-tab"
            onClick={() => onTab(name)}
          >
            {names[name]}
          </button>
        ))}
      </div>
      {TABS.map((name) => (
        <div key={name} role="tabpanel" id={`side-${name}`} aria-labelledby={`side-tab-${name}`} className="side-scroll" hidden={tab !== name}>
          {name === 'notes' ? notes : people}
        </div>
      ))}
    </div>
  );
}
