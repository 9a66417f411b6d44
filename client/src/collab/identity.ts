import { readLocal as read, writeLocal as write } from '../localStore';
import { i18n } from '../i18n';

/**
 * How this person appears to the others: a name they chose (kept in
 * localStorage) and a caret colour. Colours are dark enough for white label
 * text, and written #rrggbb, the only form the caret extension accepts.
 */
export const CARET_COLORS = ['#b3261e', '#006c4c', '#005fb8', '#8b3fa8', '#8a5000', '#00707a', '#c2185b', '#4a5a00'];

const NAME_KEY = 'charter.name';
const COLOR_KEY = 'charter.color';

/** The name this person chose before, or null on a first visit. */
export function storedName(): string | null {
  const name = read(NAME_KEY)?.trim();
  return name ? name : null;
}

export function saveName(name: string): void {
  write(NAME_KEY, name.trim());
}

/** A friendly placeholder until they choose: "Guest 42". */
export function guestName(): string {
  return i18n.t('presence.guest', { n: 10 + Math.floor(Math.random() * 90) });
}

export function myColor(): string {
  const stored = read(COLOR_KEY);
  if (stored && CARET_COLORS.includes(stored)) return stored;
  const color = CARET_COLORS[Math.floor(Math.random() * CARET_COLORS.length)];
  write(COLOR_KEY, color);
  return color;
}
