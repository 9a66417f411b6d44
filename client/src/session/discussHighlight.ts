import { clauseMark } from '../editor/clauseMark';
import { i18n } from '../i18n';

/** Highlights, for everyone, the clause the facilitator put up for discussion. */
const discussMark = clauseMark('discussHighlight', () => ({
  class: 'clause-discussing',
  'data-discussing-label': i18n.t('session.label'),
}));

export const DiscussHighlight = discussMark.extension;

/** Keep the editor's highlight on the clause now discussed (none for null). */
export const useDiscussHighlight = discussMark.useMark;
