import { readLocal as read, writeLocal as write } from '../localStore';

/**
 * A caret colour for this device, kept in localStorage. Colours are dark
 * enough for white label text, and written #rrggbb, the only form the caret
 * extension accepts. The name beside the caret is the person's, as they joined.
 */
export const CARET_COLORS = ['#b3261e', '#006c4c', '#005fb8', '#8b3fa8', '#8a5000', '#00707a', '#c2185b', '#4a5a00'];

const COLOR_KEY = 'charter.color';

export function myColor(): string {
  const stored = read(COLOR_KEY);
  if (stored && CARET_COLORS.includes(stored)) return stored;
  const color = CARET_COLORS[Math.floor(Math.random() * CARET_COLORS.length)];
  write(COLOR_KEY, color);
  return color;
}
