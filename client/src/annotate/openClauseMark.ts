import { clauseMark } from '../editor/clauseMark';

/** Marks, in this person's text only, the clause whose notes are open beside it. */
const openMark = clauseMark('openClause', () => ({ class: 'clause-open' }));

export const OpenClauseMark = openMark.extension;

/** Keep the mark on the clause whose notes are open (none for null). */
export const useOpenClauseMark = openMark.useMark;
