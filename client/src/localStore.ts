/**
 * localStorage that never throws: private browsing or a full quota turns a
 * remembered choice into one that lasts for this visit only.
 */
export function readLocal(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeLocal(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage disabled: the choice lasts for this visit only.
  }
}
