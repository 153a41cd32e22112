import { formatDateIn, type CalendarDate } from '../../dates/index.ts';
import type { RedlineCues } from '../../redline/index.ts';
import { countIn } from '../count-in.ts';
import type { UiStrings } from './en.ts';

// The interface in French, in the register of legal texts: a revision is a « version », in force is
// « en vigueur », the redline a « comparaison ». French typography: a no-break space before « : »
// and a narrow one before « ; », « ? », inside guillemets. Policy titles are quoted (« … ») where a
// sentence names them, so no article has to agree with a title it does not know.

/** A no-break space (before a colon, inside guillemets). */
const NBSP = '\u00a0';
/** A narrow no-break space (before a semicolon or a question mark). */
const NNBSP = '\u202f';

// "1er juin 2026": French writes the first of the month as an ordinal; Intl writes "1 juin 2026".
const date = (day: CalendarDate): string => formatDateIn(day, 'fr').replace(/^1 /, '1er ');
// "1 000 000 de mots": a round million takes "de" (CLDR's `many`).
const n = (count: number, one: string, other: string): string => countIn('fr', count, { one, other, many: `de ${other}` });
const words = (count: number): string => n(count, 'mot', 'mots');
const quote = (text: string): string => `«${NBSP}${text}${NBSP}»`;
// "de Mailly", "d’Acme": « de » elides before a vowel.
const of = (name: string): string => (/^[aeiouyàâäéèêëîïôöùûü]/i.test(name) ? `d’${name}` : `de ${name}`);

const changeInText = {
  material: 'modification substantielle',
  editorial: 'modification rédactionnelle',
  technical: 'modification technique',
  first: 'première version',
};

const feedOf = (owner: string, policy: string | undefined): string =>
  policy ? `du document ${quote(policy)} ${of(owner)}` : `de toutes les politiques ${of(owner)}`;

const cues: RedlineCues = {
  inserted: `ajouté${NBSP}: `,
  deleted: `supprimé${NBSP}: `,
  movedHere: `ajouté (déplacé ici)${NBSP}: `,
  movedAway: `supprimé (déplacé ailleurs)${NBSP}: `,
  paragraphBreak: 'saut de paragraphe',
  movedBelow: 'déplacé plus bas',
  movedAbove: 'déplacé plus haut',
  movedFromBelow: 'déplacé depuis plus bas',
  movedFromAbove: 'déplacé depuis plus haut',
  formattingChanged: 'mise en forme modifiée',
  numberingChanged: (from, to) => `numérotation modifiée de ${from} à ${to}`,
  unnumbered: 'sans numéro',
  restyled: (notes) => `${notes.join(', ')}${NBSP}: `,
  fold: (paragraphs, count, first, last) => {
    const where =
      first === last
        ? first === null
          ? ' avant le premier titre'
          : ` dans ${quote(first)}`
        : `${first === null ? ' du début' : ` de ${quote(first)}`}${last === null ? ' au début' : ` à ${quote(last)}`}`;
    return `${n(paragraphs, 'paragraphe inchangé', 'paragraphes inchangés')} (${words(count)})${where}`;
  },
};

export const fr: UiStrings = {
  date,
  number: (count) => count.toLocaleString('fr'),
  quote,
  colon: `${NBSP}: `,

  layout: {
    skipToContent: 'Aller au contenu',
    siteNav: 'Navigation du site',
    allPolicies: 'Toutes les politiques',
    changelog: 'Journal des modifications',
    forDevelopers: 'Pour les développeurs',
    search: 'Rechercher',
    searchPolicies: 'Rechercher dans les politiques',
    languages: 'Langue',
    demoNotice: `Ceci est une démonstration de Redline, générée avec {command} à partir de l’historique public des {source} (CC0). Elle n’est pas publiée par GitHub, et ses dates de verrouillage sont celles du jour de sa génération.`,
    demoSource: 'politiques du site de GitHub',
    footer: `Politiques publiées par {owner}. Chaque version reste publiée à sa propre adresse${NNBSP}; {check}.`,
    footerCheck: 'vérifiez-en une',
    contact: `Questions sur ces politiques${NBSP}: {contact}`,
    footerNav: 'Pied de page',
  },

  status: {
    badge: { 'in-force': 'En vigueur', superseded: 'Remplacée', upcoming: 'À venir' },
    superseded: '{lead} En vigueur du {from} au {until} — {current}.',
    supersededLead: 'Remplacée.',
    readCurrent: 'consultez la version actuelle',
    upcoming: '{lead} Entre en vigueur le {date}{announced}.',
    upcomingLead: 'À venir.',
    announced: ' (annoncée le {date})',
    untilThen: 'D’ici là, {current} s’applique.',
    theCurrentVersion: 'la version actuelle',
    notInForceYet: 'Cette politique n’est pas encore en vigueur.',
    inForce: '{lead} depuis le {date}.',
    inForceLead: 'En vigueur',
    nextVersion: `Une nouvelle version entre en vigueur le {date}${NBSP}: {link}.`,
    readItNow: 'la lire dès maintenant',
  },

  change: {
    material: 'Modification substantielle',
    editorial: 'Modification rédactionnelle',
    technical: 'Modification technique',
    first: 'Première version',
  },
  changeInText,

  revision: {
    title: (policy, effective) => `${policy}, version du ${date(effective)}`,
    description: (policy, effective) => `${quote(policy)} dans sa version applicable à compter du ${date(effective)}.`,
    declarationOf: (effective) => `Déclaration relative aux cookies du ${date(effective)}`,
    declarationInForce: (policy) => `${policy}${NBSP}: déclaration relative aux cookies en vigueur`,
    lastUpdated: `Dernière mise à jour${NBSP}: {date}`,
    announcedOn: 'Annoncée le {date}',
    allVersions: 'Toutes les versions',
    permanentLink: `Lien permanent${NBSP}: {link}`,
    declarationJson: 'Déclaration relative aux cookies (JSON)',
    deviceStorageJson: 'Informations sur le stockage sur l’appareil (JSON)',
    summary: 'Ce qui change dans cette version',
  },

  whatChanged: {
    heading: 'Ce qui a changé',
    previous: `Par rapport à la version précédente, du {date}${NBSP}:`,
    compareWithInForce: 'Comparer avec la version en vigueur',
    compareAny: 'Comparer deux versions au choix',
  },

  corrections: {
    heading: (count) => (count === 1 ? 'Correction depuis la publication' : 'Corrections depuis la publication'),
    correctedOn: `Corrigée le {date}${NBSP}:`,
    whatWasCorrected: (added, removed) =>
      `Ce qui a été corrigé${NBSP}: ${n(added, 'mot ajouté', 'mots ajoutés')}, ${n(removed, 'mot supprimé', 'mots supprimés')}`,
    notArchived: 'Le texte antérieur à la correction n’a pas été archivé.',
    previousSource: 'Avant la correction, le fichier source avait l’empreinte SHA-256 {sha}.',
    previousSourceDownload: 'Avant la correction, le fichier source avait l’empreinte SHA-256 {sha} ({link}).',
    downloadIt: 'le télécharger',
  },

  integrity: {
    label: 'Intégrité',
    note: `Le fichier source de cette version a l’empreinte SHA-256 {sha}{recorded}. Pour vérifier qu’il s’agit bien de la version publiée${NBSP}: {download} et comparez son empreinte SHA-256 ({how}).`,
    recorded: ', enregistrée lors de sa publication',
    downloadSource: 'téléchargez le fichier source',
    how: 'comment faire',
    translationOf: 'Elle traduit la version en {language} dont le fichier source a l’empreinte SHA-256 {sha}.',
  },

  feeds: {
    label: 'Flux',
    follow: `Suivre les modifications dans un lecteur de flux${NBSP}:`,
    all: 'Toutes les modifications',
    allInText: 'toutes les modifications',
    material: 'Modifications substantielles uniquement',
    materialInText: 'modifications substantielles uniquement',
    rss: 'RSS',
    jsonFeed: 'JSON Feed',
    siteTitle: (site) => `${site}${NBSP}: toutes les modifications`,
    policyTitle: (policy) => `${policy}${NBSP}: modifications`,
    materialTitle: (siteOrPolicy) => `${siteOrPolicy}${NBSP}: modifications substantielles`,
    allDescription: (owner, policy) => `Chaque nouvelle version ${feedOf(owner, policy)}, avec sa comparaison.`,
    materialDescription: (owner, policy) =>
      `Uniquement les modifications substantielles ${feedOf(owner, policy)}${NBSP}: les nouvelles versions qui modifient des droits ou des obligations, avec leur comparaison.`,
    jsonSuffix: ' (JSON Feed)',
    itemTitle: (policy, effective, change) =>
      `${policy}${NBSP}: version applicable à compter du ${date(effective)}${change ? ` (${changeInText[change]})` : ''}`,
    firstVersion: 'Première version publiée.',
    changesSince: `Modifications depuis la version du {date} ({link})${NBSP}:`,
    openRedline: 'ouvrir la comparaison',
    record: `SHA-256 du fichier source${NBSP}: {sha}. Tête du registre d’intégrité${NBSP}: {head} ({entries}${NNBSP}; {how}).`,
    translationRecord: `SHA-256 de cette traduction${NBSP}: {sha} (publiée, non enregistrée dans le registre). Elle traduit le fichier source en {language} {source}${NNBSP}; tête du registre d’intégrité${NBSP}: {head} ({entries}${NNBSP}; {how}).`,
    entries: (count) => n(count, 'entrée', 'entrées'),
    howToCheck: 'comment vérifier',
  },

  counts: {
    same: 'Les deux versions ont le même texte.',
    wordsAdded: (count) => n(count, 'mot ajouté', 'mots ajoutés'),
    wordsRemoved: (count) => n(count, 'mot supprimé', 'mots supprimés'),
    blocksMoved: (count) => n(count, 'bloc déplacé', 'blocs déplacés'),
    changes: (count) => n(count, 'modification', 'modifications'),
    inSections: (count) => `dans ${n(count, 'section', 'sections')}`,
    addedRemoved: (added, removed) => `${n(added, 'mot ajouté', 'mots ajoutés')}, ${n(removed, 'mot supprimé', 'mots supprimés')}`,
    seeRedline: 'Voir la comparaison',
  },

  compare: {
    title: (policy, from, to) => `${policy}${NBSP}: modifications entre les versions du ${date(from)} et du ${date(to)}`,
    sideBySideSuffix: ' (côte à côte)',
    description: (policy, from, to) =>
      `Comparaison du document ${quote(policy)}${NBSP}: toutes les modifications entre la version du ${date(from)} et celle du ${date(to)}.`,
    printedFrom: 'Comparaison imprimée depuis {url}',
    older: 'Version antérieure',
    newer: 'Version plus récente',
    betweenOne: 'Ce que cette version a modifié',
    betweenMany: (count) => `Ce qu’ont modifié les ${n(count, 'version intermédiaire', 'versions intermédiaires')}`,
    earlier: (count) => `Les ${n(count, 'version antérieure', 'versions antérieures')}`,
    changes: 'Modifications',
    fallback: `Certains passages diffèrent trop pour être comparés mot à mot${NNBSP}; ils apparaissent comme un passage entièrement supprimé et un passage entièrement ajouté.`,
    changedSections: 'Sections modifiées',
    beforeFirstHeading: 'Avant le premier titre',
    sectionCounts: (changes, added, removed) =>
      `${n(changes, 'modification', 'modifications')}${NBSP}: ${n(added, 'mot ajouté', 'mots ajoutés')}, ${removed.toLocaleString('fr')} ${new Intl.PluralRules('fr').select(removed) === 'one' ? 'supprimé' : 'supprimés'}`,
    views: 'Affichage de la comparaison',
    inline: 'Dans le texte',
    sideBySide: 'Côte à côte',
    compareOther: 'Comparer d’autres versions',
    redline: 'Comparaison',
    legend: `Légende${NBSP}: {inserted} · {deleted} · les {moved} sont signalés aux deux endroits et reliés entre eux.`,
    legendInserted: 'texte ajouté',
    legendDeleted: 'texte supprimé',
    legendMoved: 'passages déplacés',
    navigator: 'Navigation entre les modifications',
    previousChange: 'Modification précédente',
    firstChange: 'Première modification',
    nextChange: 'Modification suivante',
    changeOf: 'Modification {n} sur {total}',
    section: 'Section',
    jumpToSection: 'Aller à une section modifiée',
    showUnchanged: 'Afficher tout le texte inchangé',
    olderColumn: (from) => `Version antérieure${NBSP}: ${date(from)}`,
    newerColumn: (to) => `Version plus récente${NBSP}: ${date(to)}`,
    keys: `Astuce${NBSP}: si JavaScript est activé, appuyez sur {j} ou {n} pour passer à la modification suivante, sur {k} ou {p} pour revenir à la précédente.`,
  },

  declaration: {
    heading: 'Modifications de la déclaration relative aux cookies',
    lines: {
      category: { added: 'Catégorie ajoutée', removed: 'Catégorie supprimée', modified: 'Catégorie modifiée' },
      provider: { added: 'Fournisseur ajouté', removed: 'Fournisseur supprimé', modified: 'Fournisseur modifié' },
      cookie: { added: 'Cookie ajouté', removed: 'Cookie supprimé', modified: 'Cookie modifié' },
      control: {
        added: 'Moyen de contrôle des cookies ajouté',
        removed: 'Moyen de contrôle des cookies supprimé',
        modified: 'Moyen de contrôle des cookies modifié',
      },
      thirdPartyUse: { added: 'Utilisation par des tiers ajoutée', removed: 'Utilisation par des tiers supprimée' },
      dataCollected: { added: 'Données collectées ajoutées', removed: 'Données collectées supprimées' },
    },
    fields: {
      purposes: 'finalités',
      description: 'description',
      consent: 'consentement',
      required: 'caractère obligatoire',
      consentMode: 'types du mode Consentement',
      legalBasis: 'base légale',
      duration: 'durée de conservation',
      session: 'durée de conservation',
      name: 'nom',
      party: 'émetteur (propriétaire ou tiers)',
      privacyPolicy: 'politique de confidentialité',
    },
    controls: {
      banner: 'la bannière de cookies',
      settings: 'les paramètres des cookies',
      browser: 'les réglages du navigateur',
      other: 'd’autres moyens de contrôle',
    },
    unchanged: 'Les catégories, fournisseurs, cookies et données collectées déclarés n’ont pas changé.',
    json: 'La déclaration la plus récente au format JSON',
  },

  historyChart: {
    mark: (effective, added, removed, change, upcoming) =>
      `Version du ${date(effective)}${NBSP}: ${n(added, 'mot ajouté', 'mots ajoutés')}, ${n(removed, 'mot supprimé', 'mots supprimés')}${change ? ` (${changeInText[change]})` : ''}${upcoming ? ', à venir' : ''}`,
    firstMark: (effective) => `Version du ${date(effective)}${NBSP}: la première version`,
    caption: (versions, from, to) =>
      `Ampleur des modifications de chacune des ${n(versions, 'version', 'versions')}, du ${date(from)} au ${date(to)}${NBSP}: mots ajoutés au-dessus de la ligne, mots supprimés en dessous.`,
    legend: `Barres${NBSP}: {solid} pour une modification substantielle, {outlined} pour une modification rédactionnelle, {light} pour une modification technique${NNBSP}; un point représente une version qui n’a ajouté ni supprimé aucun mot (la première, ou une version qui n’a fait que déplacer du texte). La hauteur croît avec la racine carrée du nombre de mots modifiés (la plus haute${NBSP}: {tallest}). Chaque barre renvoie à la comparaison de sa version.`,
    solid: 'pleine',
    outlined: 'en contour',
    light: 'claire',
    tallest: (count) => words(count),
    table: 'Les mêmes données sous forme de tableau',
    version: 'Version',
    change: 'Modification',
    wordsAdded: 'Mots ajoutés',
    wordsRemoved: 'Mots supprimés',
  },

  history: {
    title: (policy) => `${policy}${NBSP}: historique des modifications`,
    description: (policy) =>
      `Toutes les versions du document ${quote(policy)}, de la plus récente à la plus ancienne, avec leurs modifications.`,
    heading: (policy) => `${policy}${NBSP}: toutes les versions`,
    lede: 'De la plus récente à la plus ancienne. {inForce}.',
    readInForce: 'Lire la version en vigueur',
    versionOf: 'Version du {date}',
    inForceUntil: 'En vigueur jusqu’au {date}',
    whatChanged: 'Ce qui a changé',
    whatChangedOn: (effective) => ` le ${date(effective)}`,
    against: (previous) => `(comparaison avec la version du ${date(previous)})`,
  },

  chooser: {
    title: (policy) => `${policy}${NBSP}: comparer des versions`,
    description: (policy) => `Choisissez deux versions du document ${quote(policy)} et consultez toutes les modifications entre elles.`,
    heading: (policy) => `${policy}${NBSP}: comparer deux versions`,
    ledeAll: 'Choisissez une version antérieure (ligne) et une version plus récente (colonne). {all}.',
    ledeAdjacent: `Cette politique a un long historique${NBSP}: chaque version est comparée à la précédente et à la version en vigueur. {all}.`,
    seeAll: 'Voir toutes les versions',
    older: 'Version antérieure',
    newer: 'Version plus récente',
    compare: 'Comparer',
    everyPair: 'Toutes les paires de versions',
    toDate: (to) => `au ${date(to)}`,
    fromDate: (from) => `du ${date(from)}`,
    pair: (from, to) => ` la version du ${date(from)} avec celle du ${date(to)}`,
    eachVersion: 'Comparaisons de chaque version',
    version: 'Version',
    changesFromBefore: 'Modifications par rapport à la version précédente',
    comparedWithInForce: 'Comparaison avec la version en vigueur',
    whatChanged: 'Ce qui a changé',
    whatChangedOn: (effective) => ` le ${date(effective)}`,
    firstVersion: 'Première version',
    inForce: 'En vigueur',
    withInForce: (effective) => ` la version du ${date(effective)} avec la version en vigueur`,
    wrongOrder: 'Choisissez d’abord la version antérieure, puis la plus récente.',
    noRedline: `Cette paire n’a pas de comparaison${NBSP}: choisissez deux versions consécutives, ou une version et la version en vigueur.`,
  },

  changelog: {
    title: 'Journal des modifications',
    description: (owner) => `Toutes les modifications de toutes les politiques ${of(owner)}, de la plus récente à la plus ancienne.`,
    lede: `Toutes les modifications de toutes les politiques, de la plus récente à la plus ancienne${NNBSP}; les modifications substantielles sont signalées.`,
    policyTitle: (policy) => `${policy}${NBSP}: journal des modifications`,
    policyDescription: (policy) => `Toutes les modifications du document ${quote(policy)}, de la plus récente à la plus ancienne.`,
    policyLede: 'Toutes les modifications, de la plus récente à la plus ancienne, avec leur comparaison. {versions}.',
    allVersions: 'Toutes les versions',
    takesEffect: 'entre en vigueur le {date}',
    effective: 'en vigueur à compter du {date}',
    firstVersion: 'Première version publiée.',
  },

  sections: {
    contents: 'Sections et date de leur dernière modification',
    addedOn: (effective) => `Ajoutée le ${date(effective)}`,
    lastChangedOn: (effective) => `Modifiée pour la dernière fois le ${date(effective)}`,
    unchanged: 'Inchangée depuis la première version',
    unchangedSince: (first) => `Inchangée depuis la première version (${date(first)})`,
    history: 'Historique',
    titleSuffix: (title) => `${NBSP}: ${quote(title)}`,
    historyOf: (title) => ` de la section ${quote(title)}`,
    untitled: 'Section sans titre',
    title: (policy, section) => `${policy}${NBSP}: historique de la section ${quote(section)}`,
    description: (policy, section) =>
      `Toutes les versions de la section ${quote(section)} du document ${quote(policy)}, et l’effet de chaque modification sur elle.`,
    policyLabel: (policy) => `${policy}${NBSP}:`,
    inForce: 'Dans la version en vigueur. Fait partie de la politique depuis le {date}{removal}.',
    removedBy: `${NNBSP}; la version du {date}, pas encore en vigueur, la supprime`,
    upcoming: 'Uniquement dans une version pas encore en vigueur, à compter du {date}.',
    removed: `Supprimée le {date}${NNBSP}; figure en dernier dans {version}.`,
    theVersionOf: (effective) => `la version du ${date(effective)}`,
    everyVersion: 'Toutes les versions de la politique',
    names: 'Ses titres au fil du temps',
    namesLede: (count) => `Suivie par sa place dans chaque version, non par son titre${NBSP}: elle a eu ${n(count, 'titre', 'titres')}.`,
    nameFrom: `{name}${NBSP}: version du {from}`,
    nameFromTo: `{name}${NBSP}: versions du {from} au {to}`,
    text: 'Le texte en vigueur',
    textLede: `Comme dans {version}. Ouvrez ${quote(`Depuis quand${NNBSP}?`)} sous un passage pour voir depuis quand il se lit ainsi.`,
    sinceWhen: `Depuis quand${NNBSP}?`,
    passage: (count) => ` (passage n°${NBSP}${count})`,
    part: (count) => `Partie ${count}${NBSP}: `,
    readsAsFirst: 'se lit comme dans {link}.',
    firstVersionOf: (effective) => `la première version, du ${date(effective)}`,
    readsSince: 'se lit ainsi depuis {link}.',
    theChangeOf: (effective) => `la modification du ${date(effective)}`,
    subsections: 'Ses sous-sections',
    changesHeading: (count) =>
      count === 0
        ? 'Aucune modification depuis la première version'
        : count === 1
          ? 'Son unique modification'
          : `Ses ${n(count, 'modification', 'modifications')}, de la plus récente à la plus ancienne`,
    unchangedLede: 'Elle se lit comme dans {link}.',
    kind: { appeared: 'Ajoutée dans {version}', changed: 'Modifiée dans {version}', removed: 'Supprimée dans {version}' },
    notYetInForce: ', pas encore en vigueur',
    wholeRedline: 'La comparaison complète',
    wholeRedlineOf: (effective) => ` du ${date(effective)}`,
    headingBefore: (title) => `Titre précédent${NBSP}: ${quote(title)}.`,
    relevelled: (from, to) => `Déplacée vers le ${to < from ? 'haut' : 'bas'} du plan (titre de niveau ${to} au lieu de ${from}).`,
    wentTo: 'Son texte se trouve désormais dans ',
    cameFrom: 'Avec du texte provenant de ',
    subsectionsChanged: `Modifications dans ses sous-sections${NBSP}: `,
    withSubsections: `Avec ses sous-sections${NBSP}: `,
  },

  home: {
    title: 'Politiques',
    description: (owner) => `Toutes les politiques ${of(owner)}${NBSP}: la version en vigueur et toutes les versions antérieures.`,
    heading: (owner) => `Politiques ${of(owner)}`,
    lede: 'Le texte en vigueur aujourd’hui, chaque version antérieure à une adresse permanente, et ce qui a changé, et quand.',
    inForceSince: 'En vigueur depuis le {date}.',
    notInForce: 'Pas encore en vigueur.',
    latestChange: `Dernière modification${NBSP}:`,
    upcoming: `Une nouvelle version entre en vigueur le {date}${NBSP}: {link}.`,
    readIt: 'la lire',
    allVersions: 'Toutes les versions',
    allVersionsOf: (policy) => ` du document ${quote(policy)}`,
  },

  translation: {
    governingStatement: (sourceLanguage) =>
      `Cette traduction est fournie à titre indicatif. Seule la version en ${sourceLanguage} fait foi.`,
    caption: `Traduction de la version du {date} (langue d’origine${NBSP}: {language})`,
    lag: 'Cette traduction correspond à la version du {translated}. La version en {language} en vigueur depuis le {inForce} est différente — {compare} ou {read}.',
    lagCompare: 'voir ce qui a changé',
    readInForce: 'lire la version en vigueur',
    outdated: 'Cette traduction a été faite avant la correction du {date} de la version en {language} et n’en tient pas compte — {link}.',
    outdatedLink: 'voir la correction',
    upcoming: `Une nouvelle version entre en vigueur le {date}${NNBSP}; elle n’est pas encore traduite — {link}.`,
    readIn: (language) => `la lire en ${language}`,
    notTranslated: 'Non traduite',
    outOfDate: 'Traduction non à jour',
    textIn: (language) => `Texte en ${language}`,
  },

  print: { pageCount: 'Page {page} sur {pages}' },

  redline: cues,
};
