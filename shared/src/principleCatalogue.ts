import type { Language, Principle, PrincipleFamily, PrincipleId } from './principles.js';

/**
 * The principles' titles and summaries in every language: the server sends one
 * language of them (`GET /api/principles`), so they stay out of the browser's code.
 */
type Localized = Record<Language, string>;

interface PrincipleEntry {
  id: PrincipleId;
  family: PrincipleFamily;
  title: Localized;
  summary: Localized;
}

const CATALOGUE: readonly PrincipleEntry[] = [
  {
    id: 'hrc.right-to-the-city',
    family: 'hrc',
    title: { en: 'The right to the city', es: 'El derecho a la ciudad', fr: 'Le droit à la ville' },
    summary: {
      en: 'Everyone who lives here shares the city: its space, services and decisions, housing, food, water, energy, mobility and public places, fairly and affordably.',
      es: 'Quien vive aquí comparte la ciudad: su espacio, sus servicios y sus decisiones, la vivienda, la comida, el agua, la energía, la movilidad y los lugares públicos, de forma justa y asequible.',
      fr: 'Toute personne qui vit ici partage la ville : son espace, ses services et ses décisions, le logement, la nourriture, l’eau, l’énergie, la mobilité et les lieux publics, de façon juste et abordable.',
    },
  },
  {
    id: 'hrc.non-discrimination',
    family: 'hrc',
    title: {
      en: 'Non-discrimination and affirmative action',
      es: 'No discriminación y acción afirmativa',
      fr: 'Non-discrimination et action positive',
    },
    summary: {
      en: 'No one is excluded for who they are; the city acts on purpose for those pushed to the margins.',
      es: 'Nadie queda excluido por ser quien es; la ciudad actúa a propósito por quienes han sido empujados a los márgenes.',
      fr: 'Personne n’est exclu pour ce qu’il est ; la ville agit délibérément pour celles et ceux qu’on a poussés aux marges.',
    },
  },
  {
    id: 'hrc.social-inclusion',
    family: 'hrc',
    title: {
      en: 'Social inclusion and cultural diversity',
      es: 'Inclusión social y diversidad cultural',
      fr: 'Inclusion sociale et diversité culturelle',
    },
    summary: {
      en: 'Every community, language and culture belongs and is welcomed.',
      es: 'Toda comunidad, lengua y cultura tiene su lugar y es bienvenida.',
      fr: 'Chaque communauté, langue et culture a sa place et est accueillie.',
    },
  },
  {
    id: 'hrc.participatory-democracy',
    family: 'hrc',
    title: {
      en: 'Participatory democracy and accountable governance',
      es: 'Democracia participativa y gobierno que rinde cuentas',
      fr: 'Démocratie participative et gouvernance responsable',
    },
    summary: {
      en: 'Residents take part in decisions that affect them, and those who govern answer to them.',
      es: 'Los vecinos participan en las decisiones que les afectan, y quienes gobiernan les rinden cuentas.',
      fr: 'Les habitants prennent part aux décisions qui les concernent, et celles et ceux qui gouvernent leur rendent des comptes.',
    },
  },
  {
    id: 'hrc.social-justice',
    family: 'hrc',
    title: {
      en: 'Social justice, solidarity and sustainability',
      es: 'Justicia social, solidaridad y sostenibilidad',
      fr: 'Justice sociale, solidarité et durabilité',
    },
    summary: {
      en: 'Resources and burdens are shared fairly, today and for the generations to come.',
      es: 'Los recursos y las cargas se reparten con justicia, hoy y para las generaciones futuras.',
      fr: 'Les ressources et les charges sont partagées équitablement, aujourd’hui et pour les générations à venir.',
    },
  },
  {
    id: 'hrc.political-leadership',
    family: 'hrc',
    title: {
      en: 'Political leadership and institutionalization',
      es: 'Liderazgo político e institucionalización',
      fr: 'Leadership politique et institutionnalisation',
    },
    summary: {
      en: 'Commitments are written into law, budgets and institutions that outlast any one leader.',
      es: 'Los compromisos se plasman en leyes, presupuestos e instituciones que duran más que cualquier líder.',
      fr: 'Les engagements sont inscrits dans la loi, les budgets et des institutions qui survivent à tout dirigeant.',
    },
  },
  {
    id: 'hrc.mainstreaming',
    family: 'hrc',
    title: {
      en: 'Human rights mainstreaming',
      es: 'Transversalización de los derechos humanos',
      fr: 'Intégration transversale des droits humains',
    },
    summary: {
      en: 'Human rights guide every department and every policy, not one office.',
      es: 'Los derechos humanos guían cada departamento y cada política, no una sola oficina.',
      fr: 'Les droits humains guident chaque service et chaque politique, pas un seul bureau.',
    },
  },
  {
    id: 'hrc.policy-coordination',
    family: 'hrc',
    title: {
      en: 'Effective institutions and policy coordination',
      es: 'Instituciones eficaces y coordinación de políticas',
      fr: 'Institutions efficaces et coordination des politiques',
    },
    summary: {
      en: 'Agencies and levels of government work together toward the same rights.',
      es: 'Las agencias y los niveles de gobierno trabajan juntos por los mismos derechos.',
      fr: 'Les administrations et les niveaux de gouvernement travaillent ensemble pour les mêmes droits.',
    },
  },
  {
    id: 'hrc.education',
    family: 'hrc',
    title: {
      en: 'Human rights education and training',
      es: 'Educación y formación en derechos humanos',
      fr: 'Éducation et formation aux droits humains',
    },
    summary: {
      en: 'Residents and officials learn their rights and duties.',
      es: 'Vecinos y funcionarios aprenden sus derechos y deberes.',
      fr: 'Habitants et agents publics apprennent leurs droits et leurs devoirs.',
    },
  },
  {
    id: 'hrc.right-to-remedy',
    family: 'hrc',
    title: { en: 'The right to remedy', es: 'El derecho a la reparación', fr: 'Le droit à un recours' },
    summary: {
      en: 'When rights are violated there is a way to be heard, to get redress, and to change what failed.',
      es: 'Cuando se vulneran derechos hay una vía para ser escuchado, obtener reparación y cambiar lo que falló.',
      fr: 'Quand des droits sont bafoués, il existe un moyen d’être entendu, d’obtenir réparation et de changer ce qui a failli.',
    },
  },
  {
    id: 'jemez.be-inclusive',
    family: 'jemez',
    title: { en: 'Be inclusive', es: 'Ser inclusivos', fr: 'Être inclusif' },
    summary: {
      en: 'Diversity at the planning table, not tokenism; inclusion takes time and patience and is worth it.',
      es: 'Diversidad en la mesa de planificación, no simbolismo; la inclusión lleva tiempo y paciencia y vale la pena.',
      fr: 'De la diversité à la table de décision, pas de la figuration ; l’inclusion demande du temps et de la patience, et en vaut la peine.',
    },
  },
  {
    id: 'jemez.bottom-up',
    family: 'jemez',
    title: {
      en: 'Emphasis on bottom-up organizing',
      es: 'Énfasis en la organización desde la base',
      fr: 'Priorité à l’organisation par la base',
    },
    summary: {
      en: 'Reach new constituencies and every level of the base; power and priorities come from below.',
      es: 'Llegar a nuevos sectores y a todos los niveles de la base; el poder y las prioridades vienen de abajo.',
      fr: 'Aller vers de nouveaux publics et à tous les niveaux de la base ; le pouvoir et les priorités viennent d’en bas.',
    },
  },
  {
    id: 'jemez.speak-for-themselves',
    family: 'jemez',
    title: {
      en: 'Let people speak for themselves',
      es: 'Que la gente hable por sí misma',
      fr: 'Laisser les gens parler pour eux-mêmes',
    },
    summary: {
      en: 'The people directly affected are heard in their own voice; spokespeople answer to them.',
      es: 'Las personas directamente afectadas se escuchan con su propia voz; los portavoces les rinden cuentas.',
      fr: 'Les personnes directement concernées sont entendues de leur propre voix ; les porte-parole leur rendent des comptes.',
    },
  },
  {
    id: 'jemez.solidarity',
    family: 'jemez',
    title: {
      en: 'Work together in solidarity and mutuality',
      es: 'Trabajar juntos en solidaridad y reciprocidad',
      fr: 'Travailler ensemble dans la solidarité et la réciprocité',
    },
    summary: {
      en: 'Groups support each other’s work and take on each other’s goals.',
      es: 'Los grupos apoyan el trabajo de los demás y hacen suyos los objetivos de los otros.',
      fr: 'Les groupes soutiennent le travail des autres et font leurs les objectifs des autres.',
    },
  },
  {
    id: 'jemez.just-relationships',
    family: 'jemez',
    title: {
      en: 'Build just relationships among ourselves',
      es: 'Construir relaciones justas entre nosotros',
      fr: 'Bâtir des relations justes entre nous',
    },
    summary: {
      en: 'Treat each other with justice and respect; be clear about decisions, strategy and resources.',
      es: 'Tratarnos con justicia y respeto; ser claros sobre las decisiones, la estrategia y los recursos.',
      fr: 'Se traiter avec justice et respect ; être clair sur les décisions, la stratégie et les ressources.',
    },
  },
  {
    id: 'jemez.self-transformation',
    family: 'jemez',
    title: {
      en: 'Commitment to self-transformation',
      es: 'Compromiso con la autotransformación',
      fr: 'Engagement à se transformer soi-même',
    },
    summary: {
      en: 'From individualism to community: live the values we struggle for.',
      es: 'Del individualismo a la comunidad: vivir los valores por los que luchamos.',
      fr: 'De l’individualisme à la communauté : vivre les valeurs pour lesquelles nous luttons.',
    },
  },
];

/** The catalogue in one language, in its published order. */
export function principles(lang: Language = 'en'): Principle[] {
  return CATALOGUE.map((p) => ({ id: p.id, family: p.family, title: p.title[lang], summary: p.summary[lang] }));
}

