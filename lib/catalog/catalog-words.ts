import type { Language } from '../draft/draft-schema';

/**
 * The words the skill catalog page (`/skills`) adds around the catalog, in each posting language. A table of
 * the same shape per language: TypeScript refuses a language with a missing entry, and the test renders each.
 */
export interface CatalogWords {
  /** The language's own name, for the language links. */
  languageName: string;
  /** The BCP 47 locale its numbers and sorting follow. */
  locale: string;
  pageTitle: (role: string) => string;
  pageDescription: (count: number, role: string) => string;
  heading: (role: string) => string;
  intro: (count: number, role: string) => string;
  /** Before the cited guide and its publisher: "Figures from". */
  figuresFrom: string;
  otherLanguages: string;
  filterForm: string;
  searchLabel: string;
  searchPlaceholder: string;
  category: string;
  allCategories: string;
  sortBy: string;
  sortShare: string;
  sortName: string;
  showSkills: string;
  /** "12 skills", "1 skill" */
  skillCount: (count: number) => string;
  /** The status line of a filtered view: "3 skills match “post” in Databases". */
  filtered: (count: number, query: string, category: string) => string;
  clearFilters: string;
  skillsList: string;
  noMatch: string;
  matchedAlias: (alias: string) => string;
  typicalAskLabel: string;
  typicalAsk: string;
  /** "4–5 years", "1 year" */
  years: (min: number, max: number) => string;
  shareLabel: string;
  /** Before and after the share figure: "Found in", "of postings". */
  foundIn: string;
  ofPostings: string;
  /** Read out after the share, its separator included: " that ask for APIs". */
  thatAskFor: (skill: string) => string;
}

const range = (min: number, max: number) => (min === max ? `${min}` : `${min}–${max}`);

export const CATALOG_WORDS: Record<Language, CatalogWords> = {
  en: {
    languageName: 'English',
    locale: 'en-US',
    pageTitle: (role) => `${role} skill catalog · Postwright`,
    pageDescription: (count, role) =>
      `The ${count} skills most asked for in ${role} postings: what each means, the experience employers typically ask and how common it is.`,
    heading: (role) => `${role} skill catalog`,
    intro: (count, role) =>
      `The ${count} skills employers most often ask for in ${role} postings, with the experience they typically ask for and how common each skill is.`,
    figuresFrom: 'Figures from',
    otherLanguages: 'This catalog in other languages',
    filterForm: 'Filter skills',
    searchLabel: 'Search by name or alias',
    searchPlaceholder: 'e.g. Postgres, .NET, JS',
    category: 'Category',
    allCategories: 'All categories',
    sortBy: 'Sort by',
    sortShare: 'Share of postings',
    sortName: 'Name (A–Z)',
    showSkills: 'Show skills',
    skillCount: (count) => (count === 1 ? '1 skill' : `${count} skills`),
    filtered: (count, query, category) =>
      `${count === 1 ? '1 skill' : `${count} skills`} match${query ? ` “${query}”` : ''}${category ? ` in ${category}` : ''}`,
    clearFilters: 'Clear filters',
    skillsList: 'Skills',
    noMatch: 'No skill matches. Try another name, or add it as a custom skill in the builder.',
    matchedAlias: (alias) => `Matched “${alias}”`,
    typicalAskLabel: 'Typical experience asked',
    typicalAsk: 'Typical ask:',
    years: (min, max) => `${range(min, max)} ${min === max && min === 1 ? 'year' : 'years'}`,
    shareLabel: 'How common in postings',
    foundIn: 'Found in',
    ofPostings: 'of postings',
    thatAskFor: (skill) => ` that ask for ${skill}`,
  },
  de: {
    languageName: 'Deutsch',
    locale: 'de-DE',
    pageTitle: (role) => `Skill-Katalog ${role} · Postwright`,
    pageDescription: (count, role) =>
      `Die ${count} Skills, die Stellenanzeigen für ${role} am häufigsten verlangen: was jeder bedeutet, welche Erfahrung üblich ist und wie oft er gefragt wird.`,
    heading: (role) => `Skill-Katalog: ${role}`,
    intro: (count, role) =>
      `Die ${count} Skills, nach denen Arbeitgeber in Stellenanzeigen für ${role} am häufigsten fragen, mit der üblicherweise verlangten Erfahrung und dem Anteil der Anzeigen, die sie nennen.`,
    figuresFrom: 'Zahlen aus',
    otherLanguages: 'Dieser Katalog in anderen Sprachen',
    filterForm: 'Skills filtern',
    searchLabel: 'Nach Name oder Alias suchen',
    searchPlaceholder: 'z. B. Postgres, .NET, JS',
    category: 'Kategorie',
    allCategories: 'Alle Kategorien',
    sortBy: 'Sortieren nach',
    sortShare: 'Anteil der Anzeigen',
    sortName: 'Name (A–Z)',
    showSkills: 'Skills anzeigen',
    skillCount: (count) => (count === 1 ? '1 Skill' : `${count} Skills`),
    filtered: (count, query, category) =>
      `${count === 1 ? '1 Skill passt' : `${count} Skills passen`}${query ? ` zu „${query}“` : ''}${category ? ` in der Kategorie ${category}` : ''}`,
    clearFilters: 'Filter zurücksetzen',
    skillsList: 'Skills',
    noMatch: 'Kein Skill passt. Versuche einen anderen Namen oder füge ihn im Editor als eigenen Skill hinzu.',
    matchedAlias: (alias) => `Gefunden über „${alias}“`,
    typicalAskLabel: 'Üblicherweise verlangte Erfahrung',
    typicalAsk: 'Üblich:',
    years: (min, max) => `${range(min, max)} ${min === max && min === 1 ? 'Jahr' : 'Jahre'}`,
    shareLabel: 'Wie häufig in Anzeigen',
    foundIn: 'Gefragt in',
    ofPostings: 'der Anzeigen',
    thatAskFor: (skill) => `, die ${skill} verlangen`,
  },
  fr: {
    languageName: 'Français',
    locale: 'fr-FR',
    pageTitle: (role) => `Catalogue des compétences ${role} · Postwright`,
    pageDescription: (count, role) =>
      `Les ${count} compétences les plus demandées dans les offres ${role} : ce que chacune recouvre, l'expérience habituellement exigée et sa fréquence.`,
    heading: (role) => `Catalogue des compétences : ${role}`,
    intro: (count, role) =>
      `Les ${count} compétences que les employeurs demandent le plus souvent dans les offres de poste « ${role} », avec l'expérience habituellement exigée et la part des offres qui les citent.`,
    figuresFrom: 'Chiffres tirés de',
    otherLanguages: "Ce catalogue dans d'autres langues",
    filterForm: 'Filtrer les compétences',
    searchLabel: 'Rechercher par nom ou alias',
    searchPlaceholder: 'p. ex. Postgres, .NET, JS',
    category: 'Catégorie',
    allCategories: 'Toutes les catégories',
    sortBy: 'Trier par',
    sortShare: 'Part des offres',
    sortName: 'Nom (A–Z)',
    showSkills: 'Afficher les compétences',
    skillCount: (count) => (count <= 1 ? `${count} compétence` : `${count} compétences`),
    filtered: (count, query, category) =>
      `${count <= 1 ? `${count} compétence trouvée` : `${count} compétences trouvées`}${query ? ` pour « ${query} »` : ''}${category ? ` dans la catégorie ${category}` : ''}`,
    clearFilters: 'Effacer les filtres',
    skillsList: 'Compétences',
    noMatch:
      "Aucune compétence ne correspond. Essayez un autre nom, ou ajoutez-la comme compétence personnalisée dans l'éditeur.",
    matchedAlias: (alias) => `Trouvée via « ${alias} »`,
    typicalAskLabel: 'Expérience habituellement demandée',
    typicalAsk: 'Habituellement :',
    years: (min, max) => `${range(min, max)} ${max <= 1 ? 'an' : 'ans'}`,
    shareLabel: 'Fréquence dans les offres',
    foundIn: 'Citée dans',
    ofPostings: 'des offres',
    thatAskFor: (skill) => ` qui demandent ${skill}`,
  },
  es: {
    languageName: 'Español',
    locale: 'es-ES',
    pageTitle: (role) => `Catálogo de competencias: ${role} · Postwright`,
    pageDescription: (count, role) =>
      `Las ${count} competencias más pedidas en las ofertas de ${role}: qué significa cada una, qué experiencia se suele exigir y con qué frecuencia aparece.`,
    heading: (role) => `Catálogo de competencias: ${role}`,
    intro: (count, role) =>
      `Las ${count} competencias que más piden las empresas en las ofertas de ${role}, con la experiencia que suelen exigir y la parte de las ofertas que las menciona.`,
    figuresFrom: 'Cifras tomadas de',
    otherLanguages: 'Este catálogo en otros idiomas',
    filterForm: 'Filtrar competencias',
    searchLabel: 'Buscar por nombre o alias',
    searchPlaceholder: 'p. ej. Postgres, .NET, JS',
    category: 'Categoría',
    allCategories: 'Todas las categorías',
    sortBy: 'Ordenar por',
    sortShare: 'Parte de las ofertas',
    sortName: 'Nombre (A–Z)',
    showSkills: 'Mostrar competencias',
    skillCount: (count) => (count === 1 ? '1 competencia' : `${count} competencias`),
    filtered: (count, query, category) =>
      `${count === 1 ? '1 competencia encontrada' : `${count} competencias encontradas`}${query ? ` para «${query}»` : ''}${category ? ` en la categoría ${category}` : ''}`,
    clearFilters: 'Quitar filtros',
    skillsList: 'Competencias',
    noMatch: 'Ninguna competencia coincide. Prueba con otro nombre o añádela como competencia propia en el editor.',
    matchedAlias: (alias) => `Encontrada por «${alias}»`,
    typicalAskLabel: 'Experiencia que se suele pedir',
    typicalAsk: 'Lo habitual:',
    years: (min, max) => `${range(min, max)} ${min === max && min === 1 ? 'año' : 'años'}`,
    shareLabel: 'Frecuencia en las ofertas',
    foundIn: 'Aparece en el',
    ofPostings: 'de las ofertas',
    thatAskFor: (skill) => ` que piden ${skill}`,
  },
  nl: {
    languageName: 'Nederlands',
    locale: 'nl-NL',
    pageTitle: (role) => `Skillcatalogus ${role} · Postwright`,
    pageDescription: (count, role) =>
      `De ${count} skills die vacatures voor ${role} het vaakst vragen: wat elke skill inhoudt, welke ervaring gebruikelijk is en hoe vaak hij voorkomt.`,
    heading: (role) => `Skillcatalogus: ${role}`,
    intro: (count, role) =>
      `De ${count} skills waar werkgevers in vacatures voor ${role} het vaakst om vragen, met de ervaring die ze meestal vragen en het aandeel vacatures dat ze noemt.`,
    figuresFrom: 'Cijfers uit',
    otherLanguages: 'Deze catalogus in andere talen',
    filterForm: 'Skills filteren',
    searchLabel: 'Zoeken op naam of alias',
    searchPlaceholder: 'bijv. Postgres, .NET, JS',
    category: 'Categorie',
    allCategories: 'Alle categorieën',
    sortBy: 'Sorteren op',
    sortShare: 'Aandeel vacatures',
    sortName: 'Naam (A–Z)',
    showSkills: 'Skills tonen',
    skillCount: (count) => (count === 1 ? '1 skill' : `${count} skills`),
    filtered: (count, query, category) =>
      `${count === 1 ? '1 skill gevonden' : `${count} skills gevonden`}${query ? ` voor ‘${query}’` : ''}${category ? ` in de categorie ${category}` : ''}`,
    clearFilters: 'Filters wissen',
    skillsList: 'Skills',
    noMatch: 'Geen skill gevonden. Probeer een andere naam, of voeg hem in de editor toe als eigen skill.',
    matchedAlias: (alias) => `Gevonden via ‘${alias}’`,
    typicalAskLabel: 'Gebruikelijk gevraagde ervaring',
    typicalAsk: 'Gebruikelijk:',
    years: (min, max) => `${range(min, max)} jaar`,
    shareLabel: 'Hoe vaak in vacatures',
    foundIn: 'Genoemd in',
    ofPostings: 'van de vacatures',
    thatAskFor: (skill) => ` die om ${skill} vragen`,
  },
};

export function catalogWords(language: Language = 'en'): CatalogWords {
  return CATALOG_WORDS[language];
}

/** "46.8%", "46,8 %": the share of postings as the language writes a percentage. */
export function formatShareIn(share: number, language: Language = 'en'): string {
  return new Intl.NumberFormat(CATALOG_WORDS[language].locale, { style: 'percent', maximumFractionDigits: 1 }).format(
    share / 100,
  );
}
