import { formatDate, type CalendarDate } from '../../dates/index.ts';
import { ENGLISH_CUES } from '../../redline/index.ts';
import { count } from '../../text/count.ts';

// The interface in English: the site's text as it has always read. Texts with values are functions;
// texts that hold markup (a date as <time>, a link) are templates whose `{placeholders}` a page
// fills (src/components/Message.astro). Every other language's file has exactly these keys.

const date = (day: CalendarDate): string => formatDate(day);

/** A revision's label as a phrase inside a sentence. */
const changeInText = {
  material: 'material change',
  editorial: 'editorial change',
  technical: 'technical change',
  first: 'first version',
};

/** "the Cookie Policy of Mailly", "every policy of Mailly": what a feed is of. */
const feedOf = (owner: string, policy: string | undefined): string => (policy ? `the ${policy} of ${owner}` : `every policy of ${owner}`);

export const en = {
  /** Write a calendar date for readers: `March 14, 2026`. */
  date,
  /** Write a number for readers: `1,204`. */
  number: (n: number): string => n.toLocaleString('en-US'),
  /** Put a title or heading in quotation marks within running text: “Fees”. */
  quote: (text: string): string => `“${text}”`,
  /** What separates a label from what it labels ("Permanent link: …"). */
  colon: ': ',

  /** The header, footer and skip link of every page (BaseLayout). */
  layout: {
    skipToContent: 'Skip to content',
    siteNav: 'Site',
    allPolicies: 'All policies',
    changelog: 'Changelog',
    forDevelopers: 'For developers',
    search: 'Search',
    /** The search button's name and the search box's label: it must contain `search` (WCAG 2.5.3, label in name). */
    searchPolicies: 'Search the policies',
    /** The name of the language switcher (its `<nav>`'s label). */
    languages: 'Language',
    /** On every page of `npm run demo`; {command} is `npm run demo`, {source} a link named `demoSource`. */
    demoNotice:
      'This is a demo of Redline, built with {command} from the public history of {source} (CC0). It is not published by GitHub, and its dates of locking are the day it was built.',
    demoSource: "GitHub's site policies",
    /** {owner} links to the owner's site, {check} to the integrity page (named `footerCheck`). */
    footer: 'Policies of {owner}. Every version stays published at its own address; {check}.',
    footerCheck: 'check one',
    contact: 'Questions about these policies: {contact}',
    footerNav: 'Footer',
  },

  /** Where a revision stands (StatusBadge) and the notice at the top of its page (StatusNotice). */
  status: {
    badge: { 'in-force': 'In force', superseded: 'Superseded', upcoming: 'Upcoming' },
    superseded: '{lead} In force from {from} to {until} — {current}.',
    supersededLead: 'Superseded.',
    readCurrent: 'read the current version',
    upcoming: '{lead} Takes effect on {date}{announced}.',
    upcomingLead: 'Upcoming.',
    announced: ' (announced on {date})',
    untilThen: 'Until then, {current} applies.',
    theCurrentVersion: 'the current version',
    notInForceYet: 'This policy is not in force yet.',
    inForce: '{lead} since {date}.',
    inForceLead: 'In force',
    nextVersion: 'A new version takes effect on {date}: {link}.',
    readItNow: 'read it now',
  },

  /** A revision's change label (ChangeLabel); `first` for a policy's first revision. */
  change: { material: 'Material change', editorial: 'Editorial change', technical: 'Technical change', first: 'First version' },
  /** The same, inside a sentence or a table cell. */
  changeInText,

  /** A revision's page: its head and the facts under its title (RevisionArticle). */
  revision: {
    title: (policy: string, effective: CalendarDate): string => `${policy}, version of ${date(effective)}`,
    description: (policy: string, effective: CalendarDate): string => `The ${policy} as it took effect on ${date(effective)}.`,
    declarationOf: (effective: CalendarDate): string => `Cookie declaration of ${date(effective)}`,
    declarationInForce: (policy: string): string => `${policy}: cookie declaration in force`,
    lastUpdated: 'Last updated: {date}',
    announcedOn: 'Announced on {date}',
    allVersions: 'All versions',
    permanentLink: 'Permanent link: {link}',
    declarationJson: 'Cookie declaration (JSON)',
    deviceStorageJson: 'Device storage disclosure (JSON)',
    summary: 'What changed in this version',
  },

  /** The "What changed" box of a revision page (WhatChanged). */
  whatChanged: {
    heading: 'What changed',
    previous: 'Compared with the previous version, of {date}:',
    compareWithInForce: 'Compare with the version in force',
    compareAny: 'Compare any two versions',
  },

  /** A revision's public corrections (CorrectionNotice). */
  corrections: {
    heading: (n: number): string => `${n === 1 ? 'Correction' : 'Corrections'} since publication`,
    correctedOn: 'Corrected on {date}:',
    whatWasCorrected: (added: number, removed: number): string =>
      `What was corrected: ${count(added, 'word')} added, ${count(removed, 'word')} removed`,
    notArchived: 'The text before the correction was not archived.',
    /** {sha} is the hash as code; with `previousSourceDownload`, {link} downloads that source (named `downloadIt`). */
    previousSource: 'Before the correction, the source had the SHA-256 {sha}.',
    previousSourceDownload: 'Before the correction, the source had the SHA-256 {sha} ({link}).',
    downloadIt: 'download it',
  },

  /** The note under a revision's text (IntegrityNote). */
  integrity: {
    label: 'Integrity',
    /** {recorded} is `recorded` when the lock recorded this hash on publication, else nothing. */
    note: 'The source of this version has the SHA-256 fingerprint {sha}{recorded}. To check that this is what was published: {download} and compare its SHA-256 ({how}).',
    recorded: ', recorded when it was published',
    downloadSource: 'download the source',
    how: 'how',
    /** On a translation's page: {language} is the source language's name, {sha} the hash of the source it translates, as code. */
    translationOf: 'It translates the {language} version whose source has the SHA-256 {sha}.',
  },

  /** Feeds: their links on a page (FeedLinks), their names, and the text of their items. */
  feeds: {
    label: 'Feeds',
    follow: 'Follow changes in a feed reader:',
    all: 'Every change',
    allInText: 'every change',
    material: 'Material changes only',
    materialInText: 'material changes only',
    rss: 'RSS',
    jsonFeed: 'JSON Feed',
    /** A feed's name: the site's feed of every change, a policy's, and either's of material changes. */
    siteTitle: (site: string): string => `${site}: all changes`,
    policyTitle: (policy: string): string => `${policy}: changes`,
    materialTitle: (siteOrPolicy: string): string => `${siteOrPolicy}: material changes`,
    /** What a feed carries; `policy` undefined for the feed of every policy. */
    allDescription: (owner: string, policy: string | undefined): string =>
      `Every new version of ${feedOf(owner, policy)}, with its redline.`,
    materialDescription: (owner: string, policy: string | undefined): string =>
      `Only the material changes to ${feedOf(owner, policy)}: new versions that change rights or obligations, with their redline.`,
    /** Added to the name of a feed's JSON Feed, as a page announces it. */
    jsonSuffix: ' (JSON Feed)',
    itemTitle: (policy: string, effective: CalendarDate, change: keyof typeof changeInText | undefined): string =>
      `${policy}: version effective ${date(effective)}${change ? ` (${changeInText[change]})` : ''}`,
    firstVersion: 'First published version.',
    changesSince: 'Changes since the version of {date} ({link}):',
    openRedline: 'open the redline',
    record: 'Source SHA-256: {sha}. Record head: {head} ({entries}; {how}).',
    /** The same for an item of a translation: {sha} its own hash, {source} the hash of the {language} source it translates. */
    translationRecord:
      'SHA-256 of this translation: {sha} (published, not recorded in the chain). It translates the {language} source {source}; record head: {head} ({entries}; {how}).',
    entries: (n: number): string => count(n, 'entry', 'entries'),
    howToCheck: 'how to check',
  },

  /** The counts of a redline (RedlineSummary), and counts elsewhere. */
  counts: {
    same: 'The two versions have the same text.',
    wordsAdded: (n: number): string => `${count(n, 'word')} added`,
    wordsRemoved: (n: number): string => `${count(n, 'word')} removed`,
    blocksMoved: (n: number): string => `${count(n, 'block')} moved`,
    changes: (n: number): string => count(n, 'change'),
    inSections: (n: number): string => `in ${count(n, 'section')}`,
    /** Words added and removed, in one phrase ("3 words added, 1 word removed"). */
    addedRemoved: (added: number, removed: number): string => `${count(added, 'word')} added, ${count(removed, 'word')} removed`,
    seeRedline: 'See the redline',
  },

  /** A compare page: the redline between two revisions (ComparePage). */
  compare: {
    title: (policy: string, from: CalendarDate, to: CalendarDate): string => `${policy}: changes from ${date(from)} to ${date(to)}`,
    sideBySideSuffix: ' (side by side)',
    description: (policy: string, from: CalendarDate, to: CalendarDate): string =>
      `Redline of the ${policy}: every change between the version of ${date(from)} and the version of ${date(to)}.`,
    printedFrom: 'Redline printed from {url}',
    older: 'Older version',
    newer: 'Newer version',
    betweenOne: 'What this revision changed',
    betweenMany: (n: number): string => `What the ${count(n, 'revision')} in between changed`,
    earlier: (n: number): string => `The ${count(n, 'earlier revision')}`,
    changes: 'Changes',
    fallback: 'Some passages differ too much to compare word by word; they are shown as a whole passage removed and a whole passage added.',
    changedSections: 'Changed sections',
    beforeFirstHeading: 'Before the first heading',
    /** A changed section's counts: changes, words added, words removed. */
    sectionCounts: (changes: number, added: number, removed: number): string =>
      `${count(changes, 'change')}: ${count(added, 'word')} added, ${removed.toLocaleString('en-US')} removed`,
    views: 'Redline view',
    inline: 'Inline',
    sideBySide: 'Side by side',
    compareOther: 'Compare other versions',
    redline: 'Redline',
    legend: 'Legend: {inserted} · {deleted} · {moved} are marked at both places and linked.',
    legendInserted: 'inserted text',
    legendDeleted: 'deleted text',
    legendMoved: 'moved passages',
    navigator: 'Change navigator',
    previousChange: 'Previous change',
    firstChange: 'First change',
    nextChange: 'Next change',
    /** The navigator's place, written by its script: {n} and {total} are numbers. */
    changeOf: 'Change {n} of {total}',
    section: 'Section',
    jumpToSection: 'Jump to a changed section',
    showUnchanged: 'Show all unchanged text',
    olderColumn: (from: CalendarDate): string => `Older: ${date(from)}`,
    newerColumn: (to: CalendarDate): string => `Newer: ${date(to)}`,
    keys: 'Tip: with JavaScript on, press {j} or {n} for the next change, {k} or {p} for the one before.',
  },

  /** What changed in the cookie declaration between two revisions (DeclarationChanges). */
  declaration: {
    heading: 'Cookie declaration changes',
    /** What changed, by kind of thing and how it changed. */
    lines: {
      category: { added: 'Category added', removed: 'Category removed', modified: 'Category changed' },
      provider: { added: 'Provider added', removed: 'Provider removed', modified: 'Provider changed' },
      cookie: { added: 'Cookie added', removed: 'Cookie removed', modified: 'Cookie changed' },
      control: {
        added: 'How to control cookies added',
        removed: 'How to control cookies removed',
        modified: 'How to control cookies changed',
      },
      thirdPartyUse: { added: 'Third-party use added', removed: 'Third-party use removed' },
      dataCollected: { added: 'Data collected added', removed: 'Data collected removed' },
    },
    /** The fields of a changed item, as named in the list of what changed about it. */
    fields: {
      purposes: 'purposes',
      description: 'description',
      consent: 'consent',
      required: 'whether it is required',
      consentMode: 'Consent Mode types',
      legalBasis: 'legal basis',
      duration: 'retention',
      session: 'retention',
      name: 'name',
      party: 'party',
      privacyPolicy: 'privacy policy',
    },
    /** How readers control cookies, by the declaration's ids. */
    controls: { banner: 'the cookie banner', settings: 'the cookie settings', browser: 'browser controls', other: 'other controls' },
    unchanged: 'The declared categories, providers, cookies and data collected did not change.',
    json: 'The newer declaration as JSON',
  },

  /** The chart of a policy's history (HistoryChart). */
  historyChart: {
    mark: (
      effective: CalendarDate,
      added: number,
      removed: number,
      change: keyof typeof changeInText | undefined,
      upcoming: boolean,
    ): string =>
      `Version of ${date(effective)}: ${count(added, 'word')} added, ${count(removed, 'word')} removed${change ? ` (${changeInText[change]})` : ''}${upcoming ? ', upcoming' : ''}`,
    firstMark: (effective: CalendarDate): string => `Version of ${date(effective)}: the first version`,
    caption: (versions: number, from: CalendarDate, to: CalendarDate): string =>
      `How much each of the ${count(versions, 'version')} changed, ${date(from)} to ${date(to)}: words added above the line, removed below it.`,
    legend:
      "Bars: {solid} a material change, {outlined} an editorial one, {light} a technical one; a dot is a version that added and removed no words (the first one, or one that only moved text). Heights grow with the square root of the words changed (the tallest: {tallest}). Each bar links to that version's redline.",
    solid: 'solid',
    outlined: 'outlined',
    light: 'light',
    tallest: (words: number): string => count(words, 'word'),
    table: 'The same as a table',
    version: 'Version',
    change: 'Change',
    wordsAdded: 'Words added',
    wordsRemoved: 'Words removed',
  },

  /** A policy's history page (HistoryPage). */
  history: {
    title: (policy: string): string => `${policy}: history`,
    description: (policy: string): string => `Every version of the ${policy}, newest first, with what changed.`,
    heading: (policy: string): string => `${policy}: every version`,
    lede: 'Newest first. {inForce}.',
    readInForce: 'Read the version in force',
    versionOf: 'Version of {date}',
    inForceUntil: 'In force until {date}',
    whatChanged: 'What changed',
    /** Said to screen readers after "What changed". */
    whatChangedOn: (effective: CalendarDate): string => ` on ${date(effective)}`,
    against: (previous: CalendarDate): string => `(redline against the version of ${date(previous)})`,
  },

  /** A policy's compare chooser (CompareChooserPage). */
  chooser: {
    title: (policy: string): string => `${policy}: compare versions`,
    description: (policy: string): string => `Choose two versions of the ${policy} and see every change between them.`,
    heading: (policy: string): string => `${policy}: compare two versions`,
    ledeAll: 'Pick an older version (row) and a newer one (column). {all}.',
    ledeAdjacent: 'This policy has a long history: each version is compared with the one before it and with the version in force. {all}.',
    seeAll: 'See all versions',
    older: 'Older version',
    newer: 'Newer version',
    compare: 'Compare',
    everyPair: 'Every pair of versions',
    toDate: (to: CalendarDate): string => `to ${date(to)}`,
    fromDate: (from: CalendarDate): string => `from ${date(from)}`,
    /** Said to screen readers after "Compare" in the table of every pair. */
    pair: (from: CalendarDate, to: CalendarDate): string => ` ${date(from)} with ${date(to)}`,
    eachVersion: 'Redlines of each version',
    version: 'Version',
    changesFromBefore: 'Changes from the version before',
    comparedWithInForce: 'Compared with the version in force',
    whatChanged: 'What changed',
    /** Said to screen readers after "What changed". */
    whatChangedOn: (effective: CalendarDate): string => ` on ${date(effective)}`,
    firstVersion: 'First version',
    inForce: 'In force',
    /** Said to screen readers after "Compare" in the table of versions. */
    withInForce: (effective: CalendarDate): string => ` ${date(effective)} with the version in force`,
    /** Said by the chooser's script. */
    wrongOrder: 'Choose an older version first and a newer one second.',
    noRedline: 'That pair has no redline: choose two versions next to each other, or one and the version in force.',
  },

  /** Changelog pages and their entries (ChangelogList). */
  changelog: {
    title: 'Changelog',
    description: (owner: string): string => `Every change to every policy of ${owner}, newest first.`,
    lede: 'Every change to every policy, newest first; material changes are marked.',
    policyTitle: (policy: string): string => `${policy}: changelog`,
    policyDescription: (policy: string): string => `Every change to the ${policy}, newest first.`,
    policyLede: 'Every change, newest first, with its redline. {versions}.',
    allVersions: 'All versions',
    takesEffect: 'takes effect on {date}',
    effective: 'effective {date}',
    firstVersion: 'First published version.',
  },

  /** The list of a revision's sections (SectionContents) and a section's history page (SectionPage). */
  sections: {
    contents: 'Sections, and when each last changed',
    addedOn: (effective: CalendarDate): string => `Added on ${date(effective)}`,
    lastChangedOn: (effective: CalendarDate): string => `Last changed on ${date(effective)}`,
    unchanged: 'Unchanged since the first version',
    unchangedSince: (first: CalendarDate): string => `Unchanged since the first version (${date(first)})`,
    history: 'History',
    /** Said to screen readers after a section's last change and after "History". */
    titleSuffix: (title: string): string => `: “${title}”`,
    historyOf: (title: string): string => ` of “${title}”`,
    /** The name of a section whose heading has no text. */
    untitled: 'Untitled section',
    title: (policy: string, section: string): string => `${policy}: history of “${section}”`,
    description: (policy: string, section: string): string =>
      `Every version of the section “${section}” of the ${policy}, with what each change did to it.`,
    policyLabel: (policy: string): string => `${policy}:`,
    inForce: 'In the version in force. Part of the policy since {date}{removal}.',
    removedBy: '; the version of {date}, not yet in force, removes it',
    upcoming: 'Only in a version not yet in force, from {date}.',
    removed: 'Removed on {date}; last in {version}.',
    theVersionOf: (effective: CalendarDate): string => `the version of ${date(effective)}`,
    everyVersion: 'Every version of the policy',
    names: 'Its headings over time',
    namesLede: (n: number): string => `Followed by its place in each version, not by its heading: it had ${count(n, 'heading')}.`,
    nameFrom: '{name}: {from}',
    nameFromTo: '{name}: {from} to {to}',
    text: 'The text in force',
    textLede: 'As in {version}. Open “Since when?” under a passage to see since when it reads as it does.',
    sinceWhen: 'Since when?',
    /** Said to screen readers after "Since when?". */
    passage: (n: number): string => ` (passage ${n})`,
    part: (n: number): string => `Part ${n}: `,
    readsAsFirst: 'reads as in {link}.',
    firstVersionOf: (effective: CalendarDate): string => `the first version, of ${date(effective)}`,
    readsSince: 'reads as it does since {link}.',
    theChangeOf: (effective: CalendarDate): string => `the change of ${date(effective)}`,
    subsections: 'Its subsections',
    changesHeading: (n: number): string =>
      n === 0 ? 'No change since the first version' : n === 1 ? 'Its one change' : `Its ${count(n, 'change')}, newest first`,
    unchangedLede: 'It reads as in {link}.',
    kind: { appeared: 'Added in {version}', changed: 'Changed in {version}', removed: 'Removed in {version}' },
    notYetInForce: ', not yet in force',
    wholeRedline: 'The whole redline',
    /** Said to screen readers after "The whole redline". */
    wholeRedlineOf: (effective: CalendarDate): string => ` of ${date(effective)}`,
    headingBefore: (title: string): string => `Heading before: “${title}”.`,
    relevelled: (from: number, to: number): string => `Moved ${to < from ? 'up' : 'down'} the outline (heading level ${from} to ${to}).`,
    wentTo: 'Its text went to ',
    cameFrom: 'With text from ',
    subsectionsChanged: 'Changes in its subsections: ',
    withSubsections: 'With its subsections: ',
  },

  /** The list of policies (the home page). */
  home: {
    title: 'Policies',
    description: (owner: string): string => `Every policy of ${owner}, the version in force and every earlier version.`,
    heading: (owner: string): string => `${owner} policies`,
    lede: 'The text in force today, every earlier version at a permanent address, and what changed when.',
    inForceSince: 'In force since {date}.',
    notInForce: 'Not in force yet.',
    latestChange: 'Latest change:',
    upcoming: 'A new version takes effect on {date}: {link}.',
    readIt: 'read it',
    allVersions: 'All versions',
    /** Said to screen readers after "All versions". */
    allVersionsOf: (policy: string): string => ` of the ${policy}`,
  },

  /** What a translated page says about the version it translates (pages under /<lang>/). */
  translation: {
    /** On every translated page, unless the site's config says otherwise. */
    governingStatement: (sourceLanguage: string): string =>
      `This is a translation provided for convenience. Only the ${sourceLanguage} version is legally binding.`,
    /** Under a translated page's title: {language} is the source language's name, {date} the source revision's date. */
    caption: 'Translation of the {language} version of {date}',
    /**
     * When the translation is of an older version than the one in force: {translated} is the date it
     * translates, {inForce} the date of the version in force, {compare} a link named `lagCompare` to
     * the source-language redline between them, {read} a link named `readInForce` to the version in force.
     */
    lag: 'This translation is of the version of {translated}. The {language} version in force since {inForce} is different — {compare}, or {read}.',
    lagCompare: 'see what changed',
    /** The link to the source-language version in force, in `lag`. */
    readInForce: 'read the version in force',
    /** When the source was corrected after it was translated: {link} named `outdatedLink`. */
    outdated: 'This translation was made before the correction of {date} to the {language} version, and does not include it — {link}.',
    outdatedLink: 'see the correction',
    /** When a newer source revision is announced and not translated: {link} named `readIn(language)`. */
    upcoming: 'A new version takes effect on {date}; it is not yet translated — {link}.',
    readIn: (language: string): string => `read it in ${language}`,
    /** In a translated history, a version without a translation. */
    notTranslated: 'Not translated',
    /** Beside a version whose translation was made before a correction of its source. */
    outOfDate: 'Translation out of date',
    /** Beside text shown in the source language where no translation is given. */
    textIn: (language: string): string => `Text in ${language}`,
  },

  /** The running head of every printed page: {page} and {pages} are the page number and count. */
  print: { pageCount: 'Page {page} of {pages}' },

  /** The text the redline engine adds: cues for screen readers, move links, fold summaries. */
  redline: ENGLISH_CUES,
};

/** Every text of the interface, as `en` defines them: each language gives all of them. */
export type UiStrings = typeof en;
