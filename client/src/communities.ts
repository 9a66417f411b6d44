/** "Tenants, Eastside ,, youth" → ["Tenants", "Eastside", "youth"], each once. */
export function parseCommunities(text: string): string[] {
  return [...new Set(text.split(',').map((part) => part.trim()).filter((part) => part !== ''))];
}

/** What a person may give when joining (the server checks the same). */
export const MAX_JOIN_COMMUNITIES = 5;
export const MAX_COMMUNITY_LENGTH = 60;
export const MAX_NAME_LENGTH = 80;

/** Why the communities a person typed cannot be sent as they are, or null when they can. */
export function communitiesProblem(list: string[]): 'tooMany' | 'tooLong' | null {
  if (list.length > MAX_JOIN_COMMUNITIES) return 'tooMany';
  if (list.some((community) => community.length > MAX_COMMUNITY_LENGTH)) return 'tooLong';
  return null;
}
