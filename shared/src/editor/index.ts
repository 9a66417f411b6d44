export { ClauseId } from './clauseId.js';
export { BlockDirection } from './blockDirection.js';
