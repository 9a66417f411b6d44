// Moving to i18next: the English words now live in ./i18n/en.ts.
import { en } from './i18n/en';

export const strings = en;

/** Replace each `{key}` in a template with its value. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
