import { count } from '../text/count.ts';
import type { DeclaredEntry, ScanReport, ScannedItem } from './build-scan-report.ts';
import { formatLifetime } from './lifetime.ts';
import { SCANNED_STORAGE, STATE_NAMES, type ScanChoice, type ScanState } from './stored-item.ts';

const KINDS: Record<string, [string, string]> = {
  http_cookie: ['cookie', 'cookies'],
  local_storage: ['localStorage entry', 'localStorage entries'],
  session_storage: ['sessionStorage entry', 'sessionStorage entries'],
  indexed_db: ['IndexedDB database', 'IndexedDB databases'],
  pixel: ['pixel', 'pixels'],
  other: ['other storage', 'other storage'],
};

// Longer names and other texts a site supplies are cut here in the text report (the JSON report keeps them whole).
const NAME_LIMIT = 200;
const URL_LIMIT = 500;
const LAYOUT: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Return a text a site supplies (a name, an origin, a URL, a hint naming them) as one line of the
 * report: a backslash, line feed, carriage return and tab written as `\\`, `\n`, `\r`, `\t`, so
 * that no name can start a line of its own, and cut after `limit` characters with an ellipsis and
 * its length. Other control characters are left to the caller's escaping for its output.
 */
export function shownText(text: string, limit = NAME_LIMIT): string {
  const cut = text.length > limit ? `${text.slice(0, limit)}… (${text.length.toLocaleString('en')} characters)` : text;
  return cut.replace(/[\\\n\r\t]/g, (c) => LAYOUT[c]!);
}

const url = (text: string): string => shownText(text, URL_LIMIT);

/**
 * Write a scan report as text for a terminal or a CI log: what was scanned, each state, the
 * problems under numbered headings, the banner's consent record, the declared items never seen,
 * and a last line with the count. Every text a site supplies is one line (`shownText`); the caller
 * escapes the other control characters for its output.
 */
export function renderScanReport(report: ScanReport): string {
  const { declaration } = report;
  const lines = [
    `Scanned ${url(report.url)} against the ${shownText(declaration.policy)} declaration of ${shownText(declaration.version)} (${url(declaration.source)}).`,
    `The site's own domains (first party): ${report.siteDomains.map((d) => shownText(d)).join(', ')}, with their subdomains.`,
    '',
    ...report.states.map(
      ({ state, choice, pages }) =>
        `${capital(STATE_NAMES[state])}${describeChoice(choice)}: ${count(pages.length, 'page')} (${pages.map(url).join(', ')})`,
    ),
    '',
    `Seen: ${SCANNED_STORAGE.map((kind) => count(report.items.filter((i) => i.storage === kind).length, ...KINDS[kind]!)).join(', ')}.`,
  ];
  if (report.warnings.length > 0) {
    lines.push('', `Not seen in full (${report.warnings.length}):`, ...report.warnings.map((warning) => `  - ${url(warning)}`));
  }
  const section = (title: string, entries: string[], note?: string): void => {
    lines.push('', `${title} (${entries.length})${entries.length === 0 ? ': none.' : ''}`);
    if (note) lines.push(`  ${note}`);
    lines.push(...entries.map((entry) => `  - ${entry}`));
  };
  section(
    '1. Undeclared',
    report.undeclared.map(
      ({ item, hint }) =>
        `${describeItem(item)}: ${describeStates(item.states)}, first on ${url(item.pages[0] ?? '')}${hint ? ` — ${shownText(hint, URL_LIMIT)}` : ''}`,
    ),
  );
  section(
    '2. Non-essential before consent or after rejecting',
    report.beforeConsent.map(
      ({ item, category, states }) =>
        `${describeItem(item)}, category ${shownText(category.name)} (${shownText(category.id)}, ${category.consent}): ${describeStates(states)}, first on ${url(item.pages[0] ?? '')}`,
    ),
  );
  section(
    '3. Longer than declared',
    report.longerThanDeclared.map(
      ({ item, declared, lifetime }) =>
        `${describeItem(item)}: lives ${formatLifetime(lifetime)}, declared ${declared.iso === null ? 'as a session cookie' : `${declared.iso} (${formatLifetime(declared.seconds)})`}`,
    ),
    `A cookie may outlive its declared lifetime by ${report.tolerance}.`,
  );
  const record = report.consentRecord;
  if (record) {
    lines.push('', `Redline's consent banner: its record of the visitor's choice, cookie "${shownText(record.name)}" (strictly necessary)`);
    if (!record.item) lines.push('  - not seen: no choice was stored in this cookie.');
    else if (record.declared) lines.push(`  - ${describeItem(record.item)}: declared, checked like every other item.`);
    else {
      lines.push(
        `  - ${describeItem(record.item)}: not listed by the declaration, and not counted as undeclared: it is the banner's record of the choice. A complete declaration lists it, in a required category.`,
      );
    }
  }
  section('Declared, never seen (informational)', report.neverSeen.map(describeEntry));
  if (report.notScanned.length > 0)
    section('Declared, of kinds a browser scan cannot see (informational)', report.notScanned.map(describeEntry));
  const counts = [
    [report.undeclared.length, 'undeclared'],
    [report.beforeConsent.length, 'before consent or after rejecting'],
    [report.longerThanDeclared.length, 'longer than declared'],
  ] as const;
  lines.push(
    '',
    report.problems === 0
      ? 'No problems: every item seen is declared, nothing non-essential is stored before consent or after rejecting, and no cookie outlives its declared lifetime.'
      : `${count(report.problems, 'problem')}: ${counts
          .filter(([n]) => n > 0)
          .map(([n, what]) => `${n} ${what}`)
          .join(', ')}.`,
  );
  return `${lines.join('\n')}\n`;
}

function describeItem(item: ScannedItem): string {
  const kind = KINDS[item.storage]![0];
  const place = item.storage === 'http_cookie' ? `${shownText(item.domain)}, path ${shownText(item.path ?? '')}` : url(item.origin ?? '');
  const lifetime = item.storage === 'http_cookie' ? `, ${formatLifetime(item.lifetime)}` : '';
  return `${kind} "${shownText(item.name)}" on ${place} (${item.party} party${lifetime})`;
}

function describeStates(states: readonly ScanState[]): string {
  return states.map((s) => STATE_NAMES[s]).join(', ');
}

function describeChoice(choice: ScanChoice | null): string {
  if (choice === null) return '';
  if (choice.banner === 'redline')
    return `, by Redline's banner, which then allowed ${choice.granted.map((c) => shownText(c)).join(', ') || 'nothing'}`;
  return `, by clicking ${choice.clicked.map((c) => shownText(c)).join(' then ')}`;
}

function describeEntry(entry: DeclaredEntry): string {
  const how = [
    entry.match === 'exact' ? null : entry.match,
    KINDS[entry.storage]![0],
    entry.category === null ? 'no category' : shownText(entry.category),
  ].filter(Boolean);
  return `"${shownText(entry.name)}" (${how.join(', ')})`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
