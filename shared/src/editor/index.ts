export { ClauseId } from './clauseId.js';
