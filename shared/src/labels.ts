import type { AmendmentStance, AmendmentStatus } from './amendments.js';
import type { CommentStance } from './annotations.js';
import type { DraftKind, DraftStatus } from './api.js';
import type { Language } from './principles.js';
import type { Role } from './roles.js';

/** The words for each value of the fixed vocabularies, in one language. */
export interface Vocabulary {
  kinds: Record<DraftKind, string>;
  statuses: Record<DraftStatus, string>;
  roles: Record<Role, string>;
  commentStances: Record<CommentStance, string>;
  amendmentStatuses: Record<AmendmentStatus, string>;
  amendmentStances: Record<AmendmentStance, string>;
}

/**
 * Kinds, statuses, roles and stances in words: the one home that the browser's
 * dictionaries and the server's exports both read, so a word on the page is
 * the word on paper. Plain data, so the server needs no i18n library.
 */
export const VOCABULARY: Record<Language, Vocabulary> = {
  en: {
    kinds: { resolution: 'Resolution', charter: 'Charter', ordinance: 'Ordinance', proclamation: 'Proclamation' },
    statuses: { drafting: 'Drafting', review: 'In review', adopted: 'Adopted' },
    roles: { facilitator: 'Facilitator', editor: 'Editor (resident)', reviewer: 'Reviewer (official)', viewer: 'Viewer' },
    commentStances: { for: 'For', against: 'Against', concern: 'Concern', question: 'Question' },
    amendmentStatuses: { open: 'Open', accepted: 'Accepted', declined: 'Declined', withdrawn: 'Withdrawn', superseded: 'Superseded' },
    amendmentStances: { support: 'Support', stand_aside: 'Stand aside', concern: 'Concern', object: 'Object', block: 'Block' },
  },
  es: {
    kinds: { resolution: 'Resolución', charter: 'Carta', ordinance: 'Ordenanza', proclamation: 'Proclamación' },
    statuses: { drafting: 'En redacción', review: 'En revisión', adopted: 'Aprobado' },
    roles: { facilitator: 'Facilitador/a', editor: 'Editor/a (vecino/a)', reviewer: 'Revisor/a (cargo público)', viewer: 'Lector/a' },
    commentStances: { for: 'A favor', against: 'En contra', concern: 'Preocupación', question: 'Pregunta' },
    amendmentStatuses: { open: 'Abierta', accepted: 'Aceptada', declined: 'Rechazada', withdrawn: 'Retirada', superseded: 'Reemplazada' },
    amendmentStances: { support: 'Apoyo', stand_aside: 'Me hago a un lado', concern: 'Inquietud', object: 'Objeción', block: 'Bloqueo' },
  },
  fr: {
    kinds: { resolution: 'Résolution', charter: 'Charte', ordinance: 'Arrêté', proclamation: 'Proclamation' },
    statuses: { drafting: 'En rédaction', review: 'En relecture', adopted: 'Adopté' },
    roles: {
      facilitator: 'Facilitateur·rice',
      editor: 'Rédacteur·rice (habitant·e)',
      reviewer: 'Relecteur·rice (élu·e ou agent·e)',
      viewer: 'Lecteur·rice',
    },
    commentStances: { for: 'Pour', against: 'Contre', concern: 'Inquiétude', question: 'Question' },
    amendmentStatuses: { open: 'Ouvert', accepted: 'Accepté', declined: 'Refusé', withdrawn: 'Retiré', superseded: 'Remplacé' },
    amendmentStances: { support: 'Soutien', stand_aside: 'Abstention', concern: 'Réserve', object: 'Objection', block: 'Blocage' },
  },
};
