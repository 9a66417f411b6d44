import type { RightsArea } from './principles.js';

/*
 * Rules about request fields that the browser uses too. They live apart from
 * the zod schemas (schemas.ts) so that a page using them does not pull zod
 * into its bundle.
 */

/** The longest title a draft may have. */
export const MAX_DRAFT_TITLE = 200;

/** "Title (copy)", in the reader's words for "(copy)", cut so the whole stays a valid title. */
export function copyTitle(title: string, mark = ' (copy)'): string {
  return `${title.slice(0, MAX_DRAFT_TITLE - mark.length)}${mark}`;
}

/**
 * A need's areas from what a request gives: `rightsArea` first (it is the one
 * the register names when only one is read), then `rightsAreas`, once each.
 */
export function needAreas(body: { rightsArea?: RightsArea; rightsAreas?: RightsArea[] }): RightsArea[] {
  return [...new Set([...(body.rightsArea ? [body.rightsArea] : []), ...(body.rightsAreas ?? [])])];
}
