// npm run policy:scan — a real-browser scan of a site's cookies and web storage against its declaration in force.
import { isCalendarDate } from '../src/lib/dates/index.ts';
import { buildScanReport, renderScanReport, type ScanReport } from '../src/lib/scan/index.ts';
import { visibleControls } from '../src/lib/text/visible-controls.ts';
import { buildDay } from '../src/node/build-day.ts';
import { policiesDir } from '../src/node/policies-dir.ts';
import { policyNameProblem } from './lib/policy-folder.ts';
import { readCommandLine, refuseUsage } from './lib/read-command-line.ts';
import { readDeclarationInForce, readPublishedDeclaration, type ReadDeclaration } from './lib/read-scan-declaration.ts';
import { closeChromiumProfiles } from './lib/chromium.ts';
import { ScanError, scanSite, TIMED_OUT, within } from './lib/scan-site.ts';

const HELP = `Usage: npm run policy:scan -- <url> [--policy P] [--as-of DATE] [options]
       npm run policy:scan -- <url> --declaration U [options]
  options: [--accept SELECTOR --reject SELECTOR] [--pages N] [--first-party D] [--wait MS]
           [--dwell MS] [--timeout MS] [--deadline MS] [--json]

Opens <url> in Chromium three times, side by side, each on a new browser profile of its own —
before any choice, after rejecting non-essential cookies, after accepting all — follows a few
links to other pages of the same origin in each, and records the cookies, localStorage and
sessionStorage keys and IndexedDB databases it finds (name, domain or origin, first or third
party, expiry, path), reading the last page again after --dwell ms. It matches each with the
declaration in force (same storage, a name the declared pattern matches, and a declared domain or
a subdomain of one — example.com, .example.com and *.example.com alike stand for example.com and
its subdomains, as a cookie's domain does — or, when none is declared, the site's own domains or a
subdomain of one) and reports:

  1. undeclared items;
  2. items of a non-essential category present before any choice (opt-in categories) or after
     rejecting (opt-in and opt-out categories: opt-out means on until refused);
  3. cookies that live longer than declared, by more than 1% of the declared lifetime (at least a
     minute, at most a day), a session cookie counting as zero;
  and, for information, the declared items never seen.

The choice is made on Redline's consent banner by default ("Accept all", "Reject non-essential").
Its own record of the choice — the cookie its "cookie" attribute names, redline_consent by
default — is strictly necessary and reported on its own: a complete declaration lists it, and an
undeclared one is not counted as a problem. Only when both choices were made on Redline's banner
and each stored a consent record of that choice in a new first-party cookie of that name, absent
before any choice; nothing else is ever exempt. For any other banner, give its buttons.

  --policy P          the policy whose declaration applies (default: cookies), read from
                      policies/<P>/ (POLICIES_DIR selects another folder)
  --as-of DATE        use the revision in force on DATE, YYYY-MM-DD (default: today in the
                      site's time zone, or REDLINE_AS_OF)
  --declaration U     use a published declaration instead: the URL or a file of
                      /api/<policy>/declaration.json (its integrity digest is checked);
                      not with --policy or --as-of
  --accept SELECTOR   a CSS selector clicked to accept all; repeat to click several in order
  --reject SELECTOR   likewise, to reject non-essential cookies (give both, or neither)
  --pages N           same-origin links followed from the first page in each state (default 3)
  --first-party D     a domain of the site's own besides the URL's host (and the host it
                      redirects to), with its subdomains,
                      e.g. example.com when scanning www.example.com (repeatable)
  --wait MS           how long each page may run once its network is idle (default 1000)
  --dwell MS          how long to stay on the last page of each state before reading it again,
                      for what a page stores late (default 5000)
  --timeout MS        how long a page may take to load or a button to appear (default 15000)
  --deadline MS       how long the whole scan may take (default 300000, five minutes); past it,
                      the browsers are closed and the scan ends with status 3
  --json              write the report as JSON (its fields: README, "Cookie scan")
  --help              this text

The browser is CHROMIUM_PATH, or the first of /usr/bin/chromium (Debian's),
/usr/bin/chromium-browser and /usr/bin/google-chrome (on GitHub's Ubuntu runners) found.

Exit status: 0 no problem of kinds 1 to 3, 1 problems found, 2 bad arguments, 3 the scan could
not be done (no declaration in force or an unreadable one, no browser, a page that does not load,
a banner or button not found, a click that did not make the choice, a page that kept navigating
while read, a browser that crashed, the deadline passed). Interrupted, it closes its browsers and
deletes their temporary profiles, then ends with 130 (SIGINT) or 143 (SIGTERM).`;

// A host name as a domain option gives it: letters, digits and hyphens between dots.
const DOMAIN = /^(?:\*?\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i;

async function main(argv: string[]): Promise<number> {
  const parsed = readCommandLine(
    {
      args: argv,
      allowPositionals: true,
      options: {
        policy: { type: 'string' },
        'as-of': { type: 'string' },
        declaration: { type: 'string' },
        accept: { type: 'string', multiple: true },
        reject: { type: 'string', multiple: true },
        pages: { type: 'string', default: '3' },
        'first-party': { type: 'string', multiple: true },
        wait: { type: 'string', default: '1000' },
        dwell: { type: 'string', default: '5000' },
        timeout: { type: 'string', default: '15000' },
        deadline: { type: 'string', default: '300000' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return refuseUsage(`give one URL to scan (got ${positionals.length})`, HELP);
  const url = positionals[0] as string;
  if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) {
    return refuseUsage(`"${url}" is not an http or https URL — give the address of a page, e.g. https://example.com/`, HELP);
  }
  const policy = values.policy ?? 'cookies';
  const nameProblem = policyNameProblem(policy, '--policy');
  if (nameProblem) return refuseUsage(nameProblem, HELP);
  if (values.declaration !== undefined && (values.policy !== undefined || values['as-of'] !== undefined)) {
    return refuseUsage(
      '--declaration gives the declaration; --policy and --as-of choose one in the policies folder — use one or the other',
      HELP,
    );
  }
  const asOf = values['as-of'] ?? buildDay();
  if (!isCalendarDate(asOf)) return refuseUsage(`--as-of "${asOf}" is not a real date written YYYY-MM-DD`, HELP);
  if ((values.accept === undefined) !== (values.reject === undefined)) {
    return refuseUsage(
      `--${values.accept === undefined ? 'reject' : 'accept'} is given without --${values.accept === undefined ? 'accept' : 'reject'}: a banner of your own needs both (without either, Redline's banner is used)`,
      HELP,
    );
  }
  const emptySelector = [...(values.accept ?? []), ...(values.reject ?? [])].some((s) => s.trim() === '');
  if (emptySelector) return refuseUsage('--accept and --reject take a CSS selector, e.g. "#accept-all", not an empty text', HELP);
  const pages = wholeNumber('--pages', values.pages, 0, 50);
  const wait = wholeNumber('--wait', values.wait, 0, 60_000);
  const dwell = wholeNumber('--dwell', values.dwell, 0, 60_000);
  const timeout = wholeNumber('--timeout', values.timeout, 1, 600_000);
  const deadline = wholeNumber('--deadline', values.deadline, 1, 3_600_000);
  for (const number of [pages, wait, dwell, timeout, deadline]) if (typeof number === 'string') return refuseUsage(number, HELP);
  const badDomain = (values['first-party'] ?? []).find((d) => !DOMAIN.test(d));
  if (badDomain !== undefined) {
    return refuseUsage(`--first-party "${badDomain}" is not a domain — give a host name such as example.com`, HELP);
  }

  const read: ReadDeclaration =
    values.declaration !== undefined
      ? await readPublishedDeclaration(values.declaration, timeout as number)
      : readDeclarationInForce(policiesDir(), policy, asOf);
  if ('error' in read) return cannotScan(read.error);
  let report: ScanReport;
  try {
    const scan = scanSite({
      url,
      accept: values.accept,
      reject: values.reject,
      pages: pages as number,
      wait: wait as number,
      dwell: dwell as number,
      timeout: timeout as number,
    });
    const observation = await within(scan, deadline as number);
    if (observation === TIMED_OUT) {
      await closeChromiumProfiles();
      await scan.catch(() => undefined);
      return cannotScan(
        `${url} was not scanned within --deadline ${(deadline as number).toLocaleString('en')} ms — a page or frame that never settles? Give a longer --deadline, or fewer --pages`,
      );
    }
    report = buildScanReport({
      observation,
      declaration: read.declaration,
      declarationSource: read.source,
      firstParty: values['first-party'] ?? [],
    });
  } catch (error) {
    // A ScanError says what could not be done; anything else is a failure of the scan too, never "problems found".
    return cannotScan(error instanceof ScanError ? error.message : `${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (values.json) {
    const json = JSON.stringify(report, null, 2);
    // JSON.stringify escapes C0 controls but not DEL, C1 controls or bidi characters a site may put in a name.
    process.stdout.write(`${visibleControls(json, { keepLayout: true, escape: (code) => `\\u${code.toString(16).padStart(4, '0')}` })}\n`);
  } else {
    process.stdout.write(visibleControls(renderScanReport(report), { keepLayout: true }));
  }
  return report.problems > 0 ? 1 : 0;
}

function wholeNumber(option: string, value: string | undefined, min: number, max: number): number | string {
  const number = Number(value);
  return /^\d+$/.test(value ?? '') && number >= min && number <= max
    ? number
    : `${option} "${value}" is not a whole number from ${min} to ${max.toLocaleString('en')}`;
}

function cannotScan(message: string): number {
  console.error(visibleControls(`The scan could not be done: ${message}`, { keepLayout: true }));
  return 3;
}

// Interrupted: close the browsers and delete their profiles, then end as a signal ends a process.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => {
    console.error(`policy:scan: ${signal}, closing the browsers`);
    void closeChromiumProfiles().finally(() => process.exit(code));
  });
}

process.exitCode = await main(process.argv.slice(2));
