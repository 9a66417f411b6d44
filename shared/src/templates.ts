import * as Y from 'yjs';
import type { DraftKind } from './api.js';
import { CLAUSE_ID_ATTR, newClauseId } from './clauses.js';
import { BODY_FRAGMENT } from './documents.js';
import type { Language } from './principles.js';

/**
 * The usual sections of each kind of text, as editable blocks: a heading per
 * section and a bracketed prompt under it, in the person's language. A draft
 * started "from a template" begins with these.
 */
type Block = { heading: string } | { text: string };

const h = (heading: string): Block => ({ heading });
const p = (text: string): Block => ({ text });

type Words = Record<
  | 'whereas' | 'whereas1' | 'whereas2' | 'resolved' | 'resolved1' | 'definitions' | 'definitions1'
  | 'implementation' | 'implementation1' | 'remedy' | 'remedy1' | 'preamble' | 'preamble1' | 'rights' | 'rights1'
  | 'findings' | 'provisions' | 'provisions1' | 'proclaim' | 'proclaim1',
  string
>;

const WORDS: Record<Language, Words> = {
  en: {
    whereas: 'Whereas',
    whereas1: 'WHEREAS [a need the community recorded, in its own words];',
    whereas2: 'WHEREAS [the human rights commitment that answers it];',
    resolved: 'Resolved',
    resolved1: 'NOW, THEREFORE, BE IT RESOLVED that [what the city commits to do];',
    definitions: 'Definitions',
    definitions1: '[A term this text uses, and what it means here.]',
    implementation: 'Implementation',
    implementation1: '[Who carries this out, with what budget, by when, and how residents take part.]',
    remedy: 'Remedy',
    remedy1: '[How a person whose rights are not respected is heard, gets redress, and what changes.]',
    preamble: 'Preamble',
    preamble1: '[Who we are, and why this city commits to human rights.]',
    rights: 'Rights',
    rights1: '[A right every resident holds, in plain words.]',
    findings: 'Findings',
    provisions: 'Provisions',
    provisions1: 'Section 1. [What the ordinance requires, of whom.]',
    proclaim: 'Proclamation',
    proclaim1: 'NOW, THEREFORE, [we] do hereby proclaim [what is declared].',
  },
  es: {
    whereas: 'Considerandos',
    whereas1: 'CONSIDERANDO [una necesidad que registró la comunidad, en sus propias palabras];',
    whereas2: 'CONSIDERANDO [el compromiso de derechos humanos que la atiende];',
    resolved: 'Resolución',
    resolved1: 'POR LO TANTO, SE RESUELVE que [lo que la ciudad se compromete a hacer];',
    definitions: 'Definiciones',
    definitions1: '[Un término que usa este texto, y lo que significa aquí.]',
    implementation: 'Implementación',
    implementation1: '[Quién lo lleva a cabo, con qué presupuesto, para cuándo, y cómo participan los vecinos.]',
    remedy: 'Reparación',
    remedy1: '[Cómo se escucha a una persona cuyos derechos no se respetan, cómo obtiene reparación y qué cambia.]',
    preamble: 'Preámbulo',
    preamble1: '[Quiénes somos, y por qué esta ciudad se compromete con los derechos humanos.]',
    rights: 'Derechos',
    rights1: '[Un derecho de cada vecino, en palabras sencillas.]',
    findings: 'Exposición de motivos',
    provisions: 'Disposiciones',
    provisions1: 'Artículo 1. [Lo que exige la ordenanza, y a quién.]',
    proclaim: 'Proclamación',
    proclaim1: 'POR LO TANTO, [nosotros] proclamamos [lo que se declara].',
  },
  fr: {
    whereas: 'Considérants',
    whereas1: 'CONSIDÉRANT [un besoin que la communauté a exprimé, dans ses propres mots] ;',
    whereas2: 'CONSIDÉRANT [l’engagement de droits humains qui y répond] ;',
    resolved: 'Résolution',
    resolved1: 'EN CONSÉQUENCE, IL EST RÉSOLU que [ce que la ville s’engage à faire] ;',
    definitions: 'Définitions',
    definitions1: '[Un terme employé dans ce texte, et ce qu’il signifie ici.]',
    implementation: 'Mise en œuvre',
    implementation1: '[Qui s’en charge, avec quel budget, pour quand, et comment les habitants y prennent part.]',
    remedy: 'Recours',
    remedy1: '[Comment une personne dont les droits ne sont pas respectés est entendue, obtient réparation, et ce qui change.]',
    preamble: 'Préambule',
    preamble1: '[Qui nous sommes, et pourquoi cette ville s’engage pour les droits humains.]',
    rights: 'Droits',
    rights1: '[Un droit de chaque habitant, en mots simples.]',
    findings: 'Exposé des motifs',
    provisions: 'Dispositions',
    provisions1: 'Article 1. [Ce que l’arrêté exige, et de qui.]',
    proclaim: 'Proclamation',
    proclaim1: 'EN CONSÉQUENCE, [nous] proclamons [ce qui est déclaré].',
  },
};

export function templateBlocks(kind: DraftKind, lang: Language): Block[] {
  const w = WORDS[lang];
  const tail = [h(w.implementation), p(w.implementation1), h(w.remedy), p(w.remedy1)];
  switch (kind) {
    case 'resolution':
      return [h(w.whereas), p(w.whereas1), p(w.whereas2), h(w.resolved), p(w.resolved1), h(w.definitions), p(w.definitions1), ...tail];
    case 'charter':
      return [h(w.preamble), p(w.preamble1), p(w.whereas1), h(w.definitions), p(w.definitions1), h(w.rights), p(w.rights1), ...tail];
    case 'ordinance':
      return [h(w.findings), p(w.whereas1), p(w.whereas2), h(w.definitions), p(w.definitions1), h(w.provisions), p(w.provisions1), ...tail];
    case 'proclamation':
      return [h(w.whereas), p(w.whereas1), p(w.whereas2), h(w.proclaim), p(w.proclaim1)];
  }
}

/** Write a template into an empty body, each block a clause with its own id. Call inside a transaction. */
export function writeTemplate(doc: Y.Doc, kind: DraftKind, lang: Language): void {
  const body = doc.getXmlFragment(BODY_FRAGMENT);
  if (body.length > 0) return;
  body.push(
    templateBlocks(kind, lang).map((block) => {
      const element = new Y.XmlElement('heading' in block ? 'heading' : 'paragraph');
      // The editor stores a heading's level as a number; Yjs stores any JSON
      // value, though its typings default attributes to strings.
      if ('heading' in block) (element as unknown as Y.XmlElement<{ level: number }>).setAttribute('level', 2);
      element.setAttribute(CLAUSE_ID_ATTR, newClauseId());
      element.insert(0, [new Y.XmlText('heading' in block ? block.heading : block.text)]);
      return element;
    }),
  );
}
