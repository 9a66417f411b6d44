/** Threading is one rule for the page and the exports: it lives in shared. */
export { splitOfficial, threadsOf, type Thread } from '@charter/shared';
