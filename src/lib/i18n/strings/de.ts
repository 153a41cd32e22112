import { formatDateIn, type CalendarDate } from '../../dates/index.ts';
import type { RedlineCues } from '../../redline/index.ts';
import { countIn } from '../count-in.ts';
import type { UiStrings } from './en.ts';

// The interface in German, formal ("Sie"), in the register of legal texts: a revision is a
// "Fassung", in force is "in Kraft", the redline a "Vergleich". Policy titles are quoted („…“)
// where a sentence names them, so no article has to agree with a title it does not know.

const date = (day: CalendarDate): string => formatDateIn(day, 'de');
const n = (count: number, one: string, other: string): string => countIn('de', count, { one, other });
const words = (count: number): string => n(count, 'Wort', 'Wörter');

const changeInText = {
  material: 'wesentliche Änderung',
  editorial: 'redaktionelle Änderung',
  technical: 'technische Änderung',
  first: 'erste Fassung',
};

const feedOf = (owner: string, policy: string | undefined): string =>
  policy ? `der Richtlinie „${policy}“ von ${owner}` : `aller Richtlinien von ${owner}`;

const cues: RedlineCues = {
  inserted: 'eingefügt: ',
  deleted: 'gelöscht: ',
  movedHere: 'eingefügt (hierher verschoben): ',
  movedAway: 'gelöscht (von hier verschoben): ',
  paragraphBreak: 'Absatzumbruch',
  movedBelow: 'nach unten verschoben',
  movedAbove: 'nach oben verschoben',
  movedFromBelow: 'von unten hierher verschoben',
  movedFromAbove: 'von oben hierher verschoben',
  formattingChanged: 'Formatierung geändert',
  numberingChanged: (from, to) => `Nummerierung von ${from} zu ${to} geändert`,
  unnumbered: 'ohne Nummer',
  restyled: (notes) => `${notes.join(', ')}: `,
  fold: (paragraphs, count, first, last) => {
    const where =
      first === last
        ? first === null
          ? ' vor der ersten Überschrift'
          : ` in „${first}“`
        : `${first === null ? ' vom Anfang' : ` von „${first}“`}${last === null ? ' bis zum Anfang' : ` bis „${last}“`}`;
    return `${n(paragraphs, 'unveränderter Absatz', 'unveränderte Absätze')} (${words(count)})${where}`;
  },
};

export const de: UiStrings = {
  date,
  number: (count) => count.toLocaleString('de'),
  quote: (text) => `„${text}“`,
  colon: ': ',

  layout: {
    skipToContent: 'Zum Inhalt springen',
    siteNav: 'Website',
    allPolicies: 'Alle Richtlinien',
    changelog: 'Änderungsprotokoll',
    forDevelopers: 'Für Entwickler',
    search: 'Suchen',
    searchPolicies: 'In den Richtlinien suchen',
    languages: 'Sprache',
    demoNotice:
      'Dies ist eine Demo von Redline, erstellt mit {command} aus der öffentlichen Versionsgeschichte der {source} (CC0). Sie wird nicht von GitHub veröffentlicht; als Datum der Sperrung ist jeweils der Tag ihrer Erstellung eingetragen.',
    demoSource: 'Website-Richtlinien von GitHub',
    footer: 'Richtlinien von {owner}. Jede Fassung bleibt unter ihrer eigenen Adresse veröffentlicht; {check}.',
    footerCheck: 'so prüfen Sie eine Fassung',
    contact: 'Fragen zu diesen Richtlinien: {contact}',
    footerNav: 'Fußzeile',
  },

  status: {
    badge: { 'in-force': 'In Kraft', superseded: 'Abgelöst', upcoming: 'Bevorstehend' },
    superseded: '{lead} In Kraft vom {from} bis zum {until} – {current}.',
    supersededLead: 'Abgelöst.',
    readCurrent: 'lesen Sie die aktuelle Fassung',
    upcoming: '{lead} Tritt am {date} in Kraft{announced}.',
    upcomingLead: 'Bevorstehend.',
    announced: ' (angekündigt am {date})',
    untilThen: 'Bis dahin gilt {current}.',
    theCurrentVersion: 'die aktuelle Fassung',
    notInForceYet: 'Diese Richtlinie ist noch nicht in Kraft.',
    inForce: '{lead} seit dem {date}.',
    inForceLead: 'In Kraft',
    nextVersion: 'Am {date} tritt eine neue Fassung in Kraft: {link}.',
    readItNow: 'jetzt lesen',
  },

  change: {
    material: 'Wesentliche Änderung',
    editorial: 'Redaktionelle Änderung',
    technical: 'Technische Änderung',
    first: 'Erste Fassung',
  },
  changeInText,

  revision: {
    title: (policy, effective) => `${policy}, Fassung vom ${date(effective)}`,
    description: (policy, effective) => `„${policy}“ in der ab dem ${date(effective)} geltenden Fassung.`,
    declarationOf: (effective) => `Cookie-Erklärung vom ${date(effective)}`,
    declarationInForce: (policy) => `${policy}: geltende Cookie-Erklärung`,
    lastUpdated: 'Stand: {date}',
    announcedOn: 'Angekündigt am {date}',
    allVersions: 'Alle Fassungen',
    permanentLink: 'Dauerhafter Link: {link}',
    declarationJson: 'Cookie-Erklärung (JSON)',
    deviceStorageJson: 'Offenlegung der Gerätespeicherung (JSON)',
    summary: 'Was sich in dieser Fassung geändert hat',
  },

  whatChanged: {
    heading: 'Was sich geändert hat',
    previous: 'Im Vergleich zur vorherigen Fassung vom {date}:',
    compareWithInForce: 'Mit der geltenden Fassung vergleichen',
    compareAny: 'Zwei beliebige Fassungen vergleichen',
  },

  corrections: {
    heading: (count) => (count === 1 ? 'Berichtigung seit der Veröffentlichung' : 'Berichtigungen seit der Veröffentlichung'),
    correctedOn: 'Berichtigt am {date}:',
    whatWasCorrected: (added, removed) => `Was berichtigt wurde: ${words(added)} hinzugefügt, ${words(removed)} entfernt`,
    notArchived: 'Der Text vor der Berichtigung wurde nicht archiviert.',
    previousSource: 'Vor der Berichtigung hatte die Quelldatei den SHA-256-Hash {sha}.',
    previousSourceDownload: 'Vor der Berichtigung hatte die Quelldatei den SHA-256-Hash {sha} ({link}).',
    downloadIt: 'herunterladen',
  },

  integrity: {
    label: 'Integrität',
    note: 'Die Quelldatei dieser Fassung hat den SHA-256-Fingerabdruck {sha}{recorded}. Um zu prüfen, ob dies die veröffentlichte Fassung ist, {download} und vergleichen Sie ihren SHA-256-Wert ({how}).',
    recorded: ', erfasst bei ihrer Veröffentlichung',
    downloadSource: 'laden Sie die Quelldatei herunter',
    how: 'Anleitung',
    translationOf: 'Sie übersetzt die Fassung auf {language}, deren Quelldatei den SHA-256-Fingerabdruck {sha} hat.',
  },

  feeds: {
    label: 'Feeds zum Abonnieren',
    follow: 'Verfolgen Sie Änderungen in einem Feedreader:',
    all: 'Jede Änderung',
    allInText: 'jede Änderung',
    material: 'Nur wesentliche Änderungen',
    materialInText: 'nur wesentliche Änderungen',
    rss: 'RSS',
    jsonFeed: 'JSON Feed',
    siteTitle: (site) => `${site}: alle Änderungen`,
    policyTitle: (policy) => `${policy}: Änderungen`,
    materialTitle: (siteOrPolicy) => `${siteOrPolicy}: wesentliche Änderungen`,
    allDescription: (owner, policy) => `Jede neue Fassung ${feedOf(owner, policy)}, jeweils mit Vergleich.`,
    materialDescription: (owner, policy) =>
      `Nur die wesentlichen Änderungen ${feedOf(owner, policy)}: neue Fassungen, die Rechte oder Pflichten ändern, jeweils mit Vergleich.`,
    jsonSuffix: ' (JSON Feed)',
    itemTitle: (policy, effective, change) =>
      `${policy}: Fassung gültig ab dem ${date(effective)}${change ? ` (${changeInText[change]})` : ''}`,
    firstVersion: 'Erste veröffentlichte Fassung.',
    changesSince: 'Änderungen seit der Fassung vom {date} ({link}):',
    openRedline: 'Vergleich öffnen',
    record: 'SHA-256 der Quelldatei: {sha}. Kopf des Nachweisprotokolls: {head} ({entries}; {how}).',
    translationRecord:
      'SHA-256 dieser Übersetzung: {sha} (veröffentlicht, nicht im Nachweisprotokoll erfasst). Sie übersetzt die Quelldatei auf {language} {source}; Kopf des Nachweisprotokolls: {head} ({entries}; {how}).',
    entries: (count) => n(count, 'Eintrag', 'Einträge'),
    howToCheck: 'Prüfanleitung',
  },

  counts: {
    same: 'Die beiden Fassungen haben denselben Text.',
    wordsAdded: (count) => `${words(count)} hinzugefügt`,
    wordsRemoved: (count) => `${words(count)} entfernt`,
    blocksMoved: (count) => `${n(count, 'Block', 'Blöcke')} verschoben`,
    changes: (count) => n(count, 'Änderung', 'Änderungen'),
    inSections: (count) => `in ${n(count, 'Abschnitt', 'Abschnitten')}`,
    addedRemoved: (added, removed) => `${words(added)} hinzugefügt, ${words(removed)} entfernt`,
    seeRedline: 'Zum Vergleich',
  },

  compare: {
    title: (policy, from, to) => `${policy}: Änderungen zwischen den Fassungen vom ${date(from)} und vom ${date(to)}`,
    sideBySideSuffix: ' (nebeneinander)',
    description: (policy, from, to) =>
      `Vergleich der Richtlinie „${policy}“: jede Änderung zwischen der Fassung vom ${date(from)} und der Fassung vom ${date(to)}.`,
    printedFrom: 'Vergleich ausgedruckt von {url}',
    older: 'Ältere Fassung',
    newer: 'Neuere Fassung',
    betweenOne: 'Was diese Fassung geändert hat',
    betweenMany: (count) => `Was die ${n(count, 'Fassung', 'Fassungen')} dazwischen geändert haben`,
    earlier: (count) => `Die ${n(count, 'frühere Fassung', 'früheren Fassungen')}`,
    changes: 'Änderungen',
    fallback:
      'Einige Passagen unterscheiden sich zu stark für einen Vergleich Wort für Wort; sie werden als vollständig entfernte und vollständig hinzugefügte Passage gezeigt.',
    changedSections: 'Geänderte Abschnitte',
    beforeFirstHeading: 'Vor der ersten Überschrift',
    sectionCounts: (changes, added, removed) =>
      `${n(changes, 'Änderung', 'Änderungen')}: ${words(added)} hinzugefügt, ${removed.toLocaleString('de')} entfernt`,
    views: 'Ansicht des Vergleichs',
    inline: 'Im Text',
    sideBySide: 'Nebeneinander',
    compareOther: 'Andere Fassungen vergleichen',
    redline: 'Markierte Änderungen',
    legend: 'Legende: {inserted} · {deleted} · {moved} sind an beiden Stellen markiert und miteinander verknüpft.',
    legendInserted: 'eingefügter Text',
    legendDeleted: 'gelöschter Text',
    legendMoved: 'verschobene Passagen',
    navigator: 'Navigation durch die Änderungen',
    previousChange: 'Vorherige Änderung',
    firstChange: 'Erste Änderung',
    nextChange: 'Nächste Änderung',
    changeOf: 'Änderung {n} von {total}',
    section: 'Abschnitt',
    jumpToSection: 'Zu einem geänderten Abschnitt springen',
    showUnchanged: 'Unveränderten Text vollständig anzeigen',
    olderColumn: (from) => `Ältere Fassung: ${date(from)}`,
    newerColumn: (to) => `Neuere Fassung: ${date(to)}`,
    keys: 'Tipp: Mit aktiviertem JavaScript gelangen Sie mit {j} oder {n} zur nächsten Änderung, mit {k} oder {p} zur vorherigen.',
  },

  declaration: {
    heading: 'Änderungen der Cookie-Erklärung',
    lines: {
      category: { added: 'Kategorie hinzugefügt', removed: 'Kategorie entfernt', modified: 'Kategorie geändert' },
      provider: { added: 'Anbieter hinzugefügt', removed: 'Anbieter entfernt', modified: 'Anbieter geändert' },
      cookie: { added: 'Cookie hinzugefügt', removed: 'Cookie entfernt', modified: 'Cookie geändert' },
      control: {
        added: 'Möglichkeit zur Cookie-Steuerung hinzugefügt',
        removed: 'Möglichkeit zur Cookie-Steuerung entfernt',
        modified: 'Möglichkeit zur Cookie-Steuerung geändert',
      },
      thirdPartyUse: { added: 'Nutzung durch Dritte hinzugefügt', removed: 'Nutzung durch Dritte entfernt' },
      dataCollected: { added: 'Erhobene Daten hinzugefügt', removed: 'Erhobene Daten entfernt' },
    },
    fields: {
      purposes: 'Zwecke',
      description: 'Beschreibung',
      consent: 'Einwilligung',
      required: 'ob erforderlich',
      consentMode: 'Consent-Mode-Typen',
      legalBasis: 'Rechtsgrundlage',
      duration: 'Speicherdauer',
      session: 'Speicherdauer',
      name: 'Name',
      party: 'Erst- oder Drittanbieter',
      privacyPolicy: 'Datenschutzerklärung',
    },
    controls: {
      banner: 'das Cookie-Banner',
      settings: 'die Cookie-Einstellungen',
      browser: 'Browsereinstellungen',
      other: 'andere Möglichkeiten',
    },
    unchanged: 'Die erklärten Kategorien, Anbieter, Cookies und erhobenen Daten haben sich nicht geändert.',
    json: 'Die neuere Erklärung als JSON',
  },

  historyChart: {
    mark: (effective, added, removed, change, upcoming) =>
      `Fassung vom ${date(effective)}: ${words(added)} hinzugefügt, ${words(removed)} entfernt${change ? ` (${changeInText[change]})` : ''}${upcoming ? ', bevorstehend' : ''}`,
    firstMark: (effective) => `Fassung vom ${date(effective)}: die erste Fassung`,
    caption: (versions, from, to) =>
      `Wie stark sich jede der ${n(versions, 'Fassung', 'Fassungen')} geändert hat, vom ${date(from)} bis zum ${date(to)}: hinzugefügte Wörter über der Linie, entfernte darunter.`,
    legend:
      'Balken: {solid} für eine wesentliche Änderung, {outlined} für eine redaktionelle, {light} für eine technische; ein Punkt steht für eine Fassung, die keine Wörter hinzugefügt oder entfernt hat (die erste oder eine, die nur Text verschoben hat). Die Höhe wächst mit der Quadratwurzel der geänderten Wörter (am höchsten: {tallest}). Jeder Balken führt zum Vergleich seiner Fassung.',
    solid: 'ausgefüllt',
    outlined: 'umrandet',
    light: 'hell',
    tallest: (count) => words(count),
    table: 'Dasselbe als Tabelle',
    version: 'Fassung',
    change: 'Änderung',
    wordsAdded: 'Hinzugefügte Wörter',
    wordsRemoved: 'Entfernte Wörter',
  },

  history: {
    title: (policy) => `${policy}: Änderungsverlauf`,
    description: (policy) => `Alle Fassungen der Richtlinie „${policy}“, die neueste zuerst, mit ihren Änderungen.`,
    heading: (policy) => `${policy}: alle Fassungen`,
    lede: 'Die neueste zuerst. {inForce}.',
    readInForce: 'Geltende Fassung lesen',
    versionOf: 'Fassung vom {date}',
    inForceUntil: 'In Kraft bis zum {date}',
    whatChanged: 'Was sich geändert hat',
    whatChangedOn: (effective) => ` am ${date(effective)}`,
    against: (previous) => `(Vergleich mit der Fassung vom ${date(previous)})`,
  },

  chooser: {
    title: (policy) => `${policy}: Fassungen vergleichen`,
    description: (policy) => `Wählen Sie zwei Fassungen der Richtlinie „${policy}“ und sehen Sie jede Änderung zwischen ihnen.`,
    heading: (policy) => `${policy}: zwei Fassungen vergleichen`,
    ledeAll: 'Wählen Sie eine ältere Fassung (Zeile) und eine neuere (Spalte). {all}.',
    ledeAdjacent:
      'Diese Richtlinie hat eine lange Geschichte: Jede Fassung wird mit der vorherigen und mit der geltenden Fassung verglichen. {all}.',
    seeAll: 'Alle Fassungen ansehen',
    older: 'Ältere Fassung',
    newer: 'Neuere Fassung',
    compare: 'Vergleichen',
    everyPair: 'Alle Paare von Fassungen',
    toDate: (to) => `zum ${date(to)}`,
    fromDate: (from) => `vom ${date(from)}`,
    pair: (from, to) => `: Fassung vom ${date(from)} mit der Fassung vom ${date(to)}`,
    eachVersion: 'Vergleiche jeder Fassung',
    version: 'Fassung',
    changesFromBefore: 'Änderungen gegenüber der vorherigen Fassung',
    comparedWithInForce: 'Vergleich mit der geltenden Fassung',
    whatChanged: 'Was sich geändert hat',
    whatChangedOn: (effective) => ` am ${date(effective)}`,
    firstVersion: 'Erste Fassung',
    inForce: 'In Kraft',
    withInForce: (effective) => `: Fassung vom ${date(effective)} mit der geltenden Fassung`,
    wrongOrder: 'Wählen Sie zuerst eine ältere und dann eine neuere Fassung.',
    noRedline:
      'Für dieses Paar gibt es keinen Vergleich: Wählen Sie zwei aufeinanderfolgende Fassungen oder eine Fassung und die geltende Fassung.',
  },

  changelog: {
    title: 'Änderungsprotokoll',
    description: (owner) => `Jede Änderung an allen Richtlinien von ${owner}, die neueste zuerst.`,
    lede: 'Jede Änderung an allen Richtlinien, die neueste zuerst; wesentliche Änderungen sind gekennzeichnet.',
    policyTitle: (policy) => `${policy}: Änderungsprotokoll`,
    policyDescription: (policy) => `Jede Änderung der Richtlinie „${policy}“, die neueste zuerst.`,
    policyLede: 'Jede Änderung, die neueste zuerst, jeweils mit Vergleich. {versions}.',
    allVersions: 'Alle Fassungen',
    takesEffect: 'tritt am {date} in Kraft',
    effective: 'gültig ab dem {date}',
    firstVersion: 'Erste veröffentlichte Fassung.',
  },

  sections: {
    contents: 'Abschnitte und ihre letzte Änderung',
    addedOn: (effective) => `Hinzugefügt am ${date(effective)}`,
    lastChangedOn: (effective) => `Zuletzt geändert am ${date(effective)}`,
    unchanged: 'Unverändert seit der ersten Fassung',
    unchangedSince: (first) => `Unverändert seit der ersten Fassung (${date(first)})`,
    history: 'Verlauf',
    titleSuffix: (title) => `: „${title}“`,
    historyOf: (title) => ` des Abschnitts „${title}“`,
    untitled: 'Abschnitt ohne Überschrift',
    title: (policy, section) => `${policy}: Verlauf des Abschnitts „${section}“`,
    description: (policy, section) =>
      `Alle Fassungen des Abschnitts „${section}“ der Richtlinie „${policy}“ und was jede Änderung an ihm bewirkt hat.`,
    policyLabel: (policy) => `${policy}:`,
    inForce: 'In der geltenden Fassung. Teil der Richtlinie seit dem {date}{removal}.',
    removedBy: '; die noch nicht geltende Fassung vom {date} entfernt ihn',
    upcoming: 'Nur in einer noch nicht geltenden Fassung, ab dem {date}.',
    removed: 'Entfernt am {date}; zuletzt enthalten in {version}.',
    theVersionOf: (effective) => `der Fassung vom ${date(effective)}`,
    everyVersion: 'Alle Fassungen der Richtlinie',
    names: 'Seine Überschriften im Lauf der Zeit',
    namesLede: (count) =>
      `Verfolgt wird seine Stelle in jeder Fassung, nicht seine Überschrift: Er hatte ${n(count, 'Überschrift', 'Überschriften')}.`,
    nameFrom: '{name}: Fassung vom {from}',
    nameFromTo: '{name}: Fassungen vom {from} bis zum {to}',
    text: 'Der geltende Text',
    textLede: 'Wie in {version}. Öffnen Sie „Seit wann?“ unter einer Passage, um zu sehen, seit wann sie so lautet.',
    sinceWhen: 'Seit wann?',
    passage: (count) => ` (Passage ${count})`,
    part: (count) => `Teil ${count}: `,
    readsAsFirst: 'lautet wie in {link}.',
    firstVersionOf: (effective) => `der ersten Fassung vom ${date(effective)}`,
    readsSince: 'lautet so seit {link}.',
    theChangeOf: (effective) => `der Änderung vom ${date(effective)}`,
    subsections: 'Seine Unterabschnitte',
    changesHeading: (count) =>
      count === 0
        ? 'Keine Änderung seit der ersten Fassung'
        : count === 1
          ? 'Seine einzige Änderung'
          : `Seine ${n(count, 'Änderung', 'Änderungen')}, die neueste zuerst`,
    unchangedLede: 'Er lautet wie in {link}.',
    kind: { appeared: 'Hinzugefügt in {version}', changed: 'Geändert in {version}', removed: 'Entfernt in {version}' },
    notYetInForce: ', noch nicht in Kraft',
    wholeRedline: 'Der vollständige Vergleich',
    wholeRedlineOf: (effective) => ` vom ${date(effective)}`,
    headingBefore: (title) => `Vorherige Überschrift: „${title}“.`,
    relevelled: (from, to) => `In der Gliederung nach ${to < from ? 'oben' : 'unten'} verschoben (Überschriftenebene ${to} statt ${from}).`,
    wentTo: 'Sein Text ist jetzt in ',
    cameFrom: 'Mit Text aus ',
    subsectionsChanged: 'Änderungen in seinen Unterabschnitten: ',
    withSubsections: 'Mit seinen Unterabschnitten: ',
  },

  home: {
    title: 'Richtlinien',
    description: (owner) => `Alle Richtlinien von ${owner}: die geltende Fassung und alle früheren Fassungen.`,
    heading: (owner) => `Richtlinien von ${owner}`,
    lede: 'Der heute geltende Text, jede frühere Fassung unter einer dauerhaften Adresse und was sich wann geändert hat.',
    inForceSince: 'In Kraft seit dem {date}.',
    notInForce: 'Noch nicht in Kraft.',
    latestChange: 'Letzte Änderung:',
    upcoming: 'Am {date} tritt eine neue Fassung in Kraft: {link}.',
    readIt: 'jetzt lesen',
    allVersions: 'Alle Fassungen',
    allVersionsOf: (policy) => ` der Richtlinie „${policy}“`,
  },

  translation: {
    governingStatement: (sourceLanguage) =>
      `Diese Übersetzung dient ausschließlich der Information. Rechtlich verbindlich ist allein die Fassung auf ${sourceLanguage}.`,
    caption: 'Übersetzung der Fassung vom {date} (Originalsprache: {language})',
    lag: 'Diese Übersetzung gibt die Fassung vom {translated} wieder. Die seit dem {inForce} geltende Fassung auf {language} weicht davon ab – {compare}, oder {read}.',
    lagCompare: 'sehen Sie, was sich geändert hat',
    readInForce: 'lesen Sie die geltende Fassung',
    outdated:
      'Diese Übersetzung wurde vor der Berichtigung vom {date} erstellt, die an der Fassung auf {language} vorgenommen wurde, und berücksichtigt sie nicht – {link}.',
    outdatedLink: 'zur Berichtigung',
    upcoming: 'Am {date} tritt eine neue Fassung in Kraft; sie ist noch nicht übersetzt – {link}.',
    readIn: (language) => `lesen Sie sie auf ${language}`,
    notTranslated: 'Nicht übersetzt',
    outOfDate: 'Übersetzung veraltet',
    textIn: (language) => `Text auf ${language}`,
  },

  print: { pageCount: 'Seite {page} von {pages}' },

  redline: cues,
};
