import type { Language, Participation } from '@charter/shared';

const WORDS: Record<
  Language,
  {
    heading: string;
    intro: string;
    fewerThan3: string;
    row: (c: { community: string; people: string; edits: number; comments: number; amendments: number; stances: number; voiced: number; answered: number }) => string;
    unheard: (communities: string) => string;
    unidentified: (edits: number, comments: number) => string;
  }
> = {
  en: {
    heading: 'Participation',
    intro: 'Who shaped the text, by community (counts, no names).',
    fewerThan3: 'fewer than 3',
    row: (c) =>
      `${c.community}: people ${c.people}; clauses edited ${c.edits}; comments ${c.comments}; amendments ${c.amendments}; stances ${c.stances}; needs recorded ${c.voiced}, answered ${c.answered}`,
    unheard: (communities) => `Not heard yet (needs unanswered, nobody of theirs took part): ${communities}`,
    unidentified: (edits, comments) => `Work done with a shared invite link: clauses edited ${edits}; comments ${comments}`,
  },
  es: {
    heading: 'Participación',
    intro: 'Quién dio forma al texto, por comunidad (recuentos, sin nombres).',
    fewerThan3: 'menos de 3',
    row: (c) =>
      `${c.community}: personas ${c.people}; cláusulas editadas ${c.edits}; comentarios ${c.comments}; enmiendas ${c.amendments}; posturas ${c.stances}; necesidades registradas ${c.voiced}, respondidas ${c.answered}`,
    unheard: (communities) => `Aún sin ser escuchadas (necesidades sin respuesta, nadie de ellas participó): ${communities}`,
    unidentified: (edits, comments) => `Trabajo hecho con un enlace de invitación compartido: cláusulas editadas ${edits}; comentarios ${comments}`,
  },
  fr: {
    heading: 'Participation',
    intro: 'Qui a façonné le texte, par communauté (des nombres, aucun nom).',
    fewerThan3: 'moins de 3',
    row: (c) =>
      `${c.community} : personnes ${c.people} ; clauses modifiées ${c.edits} ; commentaires ${c.comments} ; amendements ${c.amendments} ; positions ${c.stances} ; besoins recueillis ${c.voiced}, satisfaits ${c.answered}`,
    unheard: (communities) => `Pas encore entendues (besoins sans réponse, personne d'entre elles n'a participé) : ${communities}`,
    unidentified: (edits, comments) => `Travail fait avec un lien d'invitation partagé : clauses modifiées ${edits} ; commentaires ${comments}`,
  },
};

/**
 * The participation summary every export ends with, as plain lines in the
 * export's language: one per community, the unheard, and anonymous work. A
 * count of one or two people could point at someone: it reads "fewer than 3".
 */
export function participationSummary(participation: Participation, lang: Language): { heading: string; lines: string[] } {
  const W = WORDS[lang];
  const people = (n: number) => (n > 0 && n < 3 ? W.fewerThan3 : String(n));
  const lines = [
    W.intro,
    ...participation.communities.map((c) =>
      W.row({ community: c.community, people: people(c.participants), ...c.contributions, voiced: c.needs.voiced, answered: c.needs.answered }),
    ),
    ...(participation.unheard.length ? [W.unheard(participation.unheard.join(', '))] : []),
    W.unidentified(participation.unidentified.edits, participation.unidentified.comments),
  ];
  return { heading: W.heading, lines };
}
