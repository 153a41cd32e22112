import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { INTEGRITY_URL, POLICIES_JSON_URL, sourceUrl } from '../policies/policy-urls.ts';
import { GENESIS, lockFileSchema, lockHead, revisionChains, verifyChain, type LockEntry, type LockFile } from './lock-file.ts';

/** Where `verifySite` reads a published site from: a folder, a URL, or memory in tests. */
export interface SiteReader {
  /**
   * Return the bytes published at a site path (`/api/policies.json`, `/cookies/2026-03-14/`), or
   * null when there is nothing there; throw an Error saying why when it cannot be read.
   */
  read(path: string): Promise<Uint8Array | null>;
  /** Return how a site path is named in messages: the file or the URL it was read from. */
  describe(path: string): string;
}

/** Options of `verifySite`. */
export interface VerifyOptions {
  /** A head of the chain saved earlier, which must be the hash of one of its entries (default: none). */
  head?: string;
  /** How many reads run at once (default 8). */
  concurrency?: number;
}

/** One thing the published site says that does not hold. */
export interface Mismatch {
  /** The file or URL at fault, as the reader describes it. */
  location: string;
  /** What was expected and what was found. */
  message: string;
}

/** What `verifySite` found. */
export interface SiteVerification {
  /** Every mismatch, in the order checked; empty when the record holds. */
  mismatches: Mismatch[];
  /** How many revisions `/api/policies.json` lists. */
  revisions: number;
  /** How many distinct source files were read and hashed. */
  sources: number;
  /** How many entries the published chain has. */
  entries: number;
  /** The chain's head (its last entry's hash, GENESIS when empty), or the one policies.json gives when the lock is unreadable. */
  head: string;
  /** Where the saved head (`options.head`) is in the chain, 1-based, when it was given and found (0 for GENESIS). */
  savedHeadAt?: number;
}

const SHA256 = /^[0-9a-f]{64}$/;
const sha256 = z.string().regex(SHA256, { error: 'must be a SHA-256 in lowercase hex' });
const date = z.iso.date();

// Only the fields the verifier relies on, and loose (not policiesIndexSchema, which is strict): a site
// built by a later minor version, with fields added, must still verify years later.
const publishedIndexSchema = z.looseObject({
  /** The head of the lock's chain and where the whole chain is published. */
  integrity: z.looseObject({ algorithm: z.literal('sha256'), head: sha256, entries: z.int().min(0), lockUrl: z.url() }),
  /** Every policy and its published revisions. */
  policies: z.array(
    z.looseObject({
      /** The policy, as in its URL. */
      id: z.string(),
      /** Its page, which shows the revision in force. */
      url: z.url(),
      /** The revision in force, if any. */
      inForce: date.nullable(),
      /** The cookie declaration in force, if any. */
      declarationUrl: z.url().nullable(),
      /** Every revision on the site: in force, superseded, or announced (upcoming). */
      revisions: z.array(
        z.looseObject({
          effective: date,
          status: z.string(),
          url: z.url(),
          declarationUrl: z.url().nullable(),
          sourceSha256: sha256,
          sourceUrl: z.url(),
          lock: z.array(z.looseObject({ sha256, lockedOn: date, erratum: date.nullable(), entry: sha256 })),
        }),
      ),
    }),
  ),
});

type PublishedIndex = z.infer<typeof publishedIndexSchema>;
type PublishedPolicy = PublishedIndex['policies'][number];
type PublishedRevision = PublishedPolicy['revisions'][number];

const declarationSchema = z.looseObject({ policy: z.looseObject({ sourceSha256: sha256 }) });

// The site is generated, so its HTML is regular enough to read with patterns (see src/components/IntegrityNote.astro).
const INTEGRITY_NOTE = /<aside\b[^>]*\bclass="(?:[^"]*\s)?integrity-note(?:\s[^"]*)?"[^>]*>([\s\S]*?)<\/aside>/;
const PRINTED_SHA = /<code\b[^>]*\bclass="(?:[^"]*\s)?sha(?:\s[^"]*)?"[^>]*>\s*([^<]*?)\s*<\/code>/;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const SOURCE_PATH = /^\/sources\/([^/]+)\.mdx$/;

/**
 * Verify a published Redline site from what it serves alone: the lock's hash chain leads from
 * GENESIS to the head `/api/policies.json` gives; every source the chain records, and every one a
 * page or JSON links, is published and hashes to its name; each revision's source hash is the last
 * one the chain records for it, and its page, declaration and `lock` list say the same; and a head
 * saved earlier is still in the chain.
 *
 * Every revision `/api/policies.json` lists must be locked, upcoming ones too: the site lists only
 * published revisions (in force, superseded, or announced through `published`) — drafts are not on
 * it at all — and a revision is locked the day it is published (the build refuses it otherwise).
 */
export async function verifySite(reader: SiteReader, options: VerifyOptions = {}): Promise<SiteVerification> {
  const { head: savedHead, concurrency = 8 } = options;
  const site = new SiteFiles(reader, concurrency);
  const indexAt = reader.describe(POLICIES_JSON_URL);

  const indexJson = await site.json(POLICIES_JSON_URL);
  if ('mismatch' in indexJson) return { mismatches: [indexJson.mismatch], revisions: 0, sources: 0, entries: 0, head: GENESIS };
  const parsedIndex = publishedIndexSchema.safeParse(indexJson.value);
  if (!parsedIndex.success) {
    const mismatches = zodMismatches(indexAt, parsedIndex.error, 'is not a Redline policies index (version 1.1 or later)');
    return { mismatches, revisions: 0, sources: 0, entries: 0, head: GENESIS };
  }
  const index = parsedIndex.data;
  const revisions = index.policies.flatMap((policy) => policy.revisions.map((revision) => ({ policy, revision })));

  // (1) The chain parses, verifies link by link from GENESIS, and ends at the published head.
  const lockPath = sitePath(index.integrity.lockUrl);
  const lockAt = reader.describe(lockPath);
  const lock = await readLock(site, lockPath, lockAt);
  const mismatches: Mismatch[] = [];
  let savedHeadAt: number | undefined;
  if ('mismatches' in lock) mismatches.push(...lock.mismatches);
  else {
    mismatches.push(...verifyChain(lock.lock).map((message) => ({ location: lockAt, message })));
    const { head, entries } = lockHead(lock.lock);
    if (head !== index.integrity.head) {
      mismatches.push({
        location: indexAt,
        message: `integrity.head is ${index.integrity.head}, but the chain at ${lockAt} ends at ${head} — the two were not published together`,
      });
    }
    if (entries !== index.integrity.entries) {
      mismatches.push({
        location: indexAt,
        message: `integrity.entries is ${index.integrity.entries}, but the chain at ${lockAt} has ${entries}`,
      });
    }
    // (5) A head saved earlier must still be in the chain: appending keeps every earlier hash.
    if (savedHead !== undefined) {
      savedHeadAt = savedHead === GENESIS ? 0 : lock.lock.entries.findIndex((entry) => entry.hash === savedHead) + 1 || undefined;
      if (savedHeadAt === undefined) {
        mismatches.push({
          location: lockAt,
          message: `the head saved earlier, ${savedHead}, is the hash of no entry of the chain (${entries} entries, head ${head}): the record was rewritten since, not only appended to`,
        });
      }
    }
  }
  const entries = 'lock' in lock ? lock.lock.entries : [];
  const chains = 'lock' in lock ? revisionChains(lock.lock) : new Map<string, LockEntry[]>();
  const positions = new Map(entries.map((entry, index) => [entry, index + 1]));

  const checks: Promise<Mismatch[]>[] = [];
  // (2) Every hash the chain records is published as a source, and is a revision the site lists.
  const listed = new Set(revisions.map(({ policy, revision }) => `${policy.id}/${revision.effective}`));
  entries.forEach((entry, position) => {
    checks.push(site.source(sourceUrl(entry.sha256)));
    if (!listed.has(entry.revision)) {
      mismatches.push({
        location: lockAt,
        message: `entry ${position + 1} records ${entry.revision}, but ${indexAt} lists no such revision — a published revision keeps its URL forever`,
      });
    }
  });
  // (3, 4) Each revision: its source, its page, its declaration and its lock list agree with the chain.
  for (const { policy, revision } of revisions)
    checks.push(checkRevision(site, indexAt, policy, revision, 'lock' in lock ? { chains, positions } : undefined));
  // (3) The policy pages (the revision in force) and the integrity page link sources too.
  for (const policy of index.policies) checks.push(checkPolicyPage(site, indexAt, policy));
  checks.push(
    site.page(INTEGRITY_URL).then((page) => ('mismatch' in page ? [page.mismatch] : site.linkedSources(INTEGRITY_URL, page.html))),
  );

  for (const found of await Promise.all(checks)) mismatches.push(...found);
  const result: SiteVerification = {
    mismatches: unique(mismatches),
    revisions: revisions.length,
    sources: site.sourceCount(),
    entries: entries.length,
    head: 'lock' in lock ? lockHead(lock.lock).head : index.integrity.head,
  };
  if (savedHeadAt !== undefined) result.savedHeadAt = savedHeadAt;
  return result;
}

/** Write the one-line summary of a verification in which everything held. */
export function verificationSummary(result: SiteVerification): string {
  const saved =
    result.savedHeadAt === undefined
      ? ''
      : result.savedHeadAt === 0
        ? '; the head saved earlier is GENESIS'
        : `; the head saved earlier is entry ${result.savedHeadAt}`;
  return `${result.revisions} revisions, ${result.sources} sources, chain of ${result.entries} entries from GENESIS to head ${result.head}: all hold${saved}`;
}

/** Write mismatches one per line as `location: message`. */
export function formatMismatches(mismatches: readonly Mismatch[]): string {
  return mismatches.map(({ location, message }) => `${location}: ${message}`).join('\n');
}

async function readLock(site: SiteFiles, path: string, at: string): Promise<{ lock: LockFile } | { mismatches: Mismatch[] }> {
  const json = await site.json(path);
  if ('mismatch' in json) return { mismatches: [json.mismatch] };
  const parsed = lockFileSchema.safeParse(json.value);
  return parsed.success ? { lock: parsed.data } : { mismatches: zodMismatches(at, parsed.error, 'is not a version 2 Redline lock') };
}

async function checkRevision(
  site: SiteFiles,
  indexAt: string,
  policy: PublishedPolicy,
  revision: PublishedRevision,
  // The chain and each entry's position in it (1-based), unless the lock could not be read.
  record: { chains: ReadonlyMap<string, readonly LockEntry[]>; positions: ReadonlyMap<LockEntry, number> } | undefined,
): Promise<Mismatch[]> {
  const key = `${policy.id}/${revision.effective}`;
  const sha = revision.sourceSha256;
  const mismatches: Mismatch[] = [];
  if (record) mismatches.push(...recordMismatches(indexAt, key, revision, record.chains.get(key) ?? [], record.positions));

  const sourcePath = sitePath(revision.sourceUrl);
  const named = SOURCE_PATH.exec(sourcePath)?.[1];
  if (named !== sha) {
    mismatches.push({
      location: indexAt,
      message: `the sourceUrl of ${key} is ${revision.sourceUrl}, but its sourceSha256 is ${sha}: expected ${sourceUrl(sha)}`,
    });
  }
  const checks: Promise<Mismatch[]>[] = [site.source(sourcePath)];

  const pagePath = sitePath(revision.url);
  checks.push(
    site
      .page(pagePath)
      .then(async (page) =>
        'mismatch' in page
          ? [page.mismatch]
          : [...checkIntegrityNote(site, pagePath, page.html, key, sha), ...(await site.linkedSources(pagePath, page.html))],
      ),
  );
  if (revision.declarationUrl !== null) checks.push(checkDeclaration(site, sitePath(revision.declarationUrl), key, sha));
  for (const found of await Promise.all(checks)) mismatches.push(...found);
  return mismatches;
}

async function checkPolicyPage(site: SiteFiles, indexAt: string, policy: PublishedPolicy): Promise<Mismatch[]> {
  const inForce = policy.revisions.find((revision) => revision.effective === policy.inForce);
  if (policy.inForce !== null && !inForce) {
    return [{ location: indexAt, message: `${policy.id} says ${policy.inForce} is in force, but lists no revision of that date` }];
  }
  const pagePath = sitePath(policy.url);
  const checks: Promise<Mismatch[]>[] = [
    site.page(pagePath).then(async (page) => {
      if ('mismatch' in page) return [page.mismatch];
      const note = inForce ? checkIntegrityNote(site, pagePath, page.html, `${policy.id}/${inForce.effective}`, inForce.sourceSha256) : [];
      return [...note, ...(await site.linkedSources(pagePath, page.html))];
    }),
  ];
  if (inForce && policy.declarationUrl !== null) {
    checks.push(checkDeclaration(site, sitePath(policy.declarationUrl), `${policy.id}/${inForce.effective}`, inForce.sourceSha256));
  }
  return (await Promise.all(checks)).flat();
}

// A revision's source hash is the last one the chain records for it, and its `lock` list in
// policies.json is the chain's entries for it, field for field.
function recordMismatches(
  indexAt: string,
  key: string,
  revision: PublishedRevision,
  chain: readonly LockEntry[],
  positions: ReadonlyMap<LockEntry, number>,
): Mismatch[] {
  const sha = revision.sourceSha256;
  const locked = chain.at(-1)?.sha256;
  const mismatches: Mismatch[] = [];
  if (locked === undefined) {
    mismatches.push({
      location: indexAt,
      message: `${key} (${revision.status}) has source sha256 ${sha}, but the chain records no hash for it — every revision the site lists is published, and must be locked the day it is (npm run policy:lock)`,
    });
  } else if (locked !== sha) {
    const earlier = chain.some((entry) => entry.sha256 === sha) ? ' (a hash the chain recorded before a correction)' : '';
    mismatches.push({
      location: indexAt,
      message: `${key} has source sha256 ${sha}${earlier}, but the last hash the chain records for it is ${locked} — the site does not serve what the record holds (a correction not yet recorded with npm run policy:lock?)`,
    });
  }
  const listed = revision.lock;
  if (listed.length !== chain.length) {
    return [
      ...mismatches,
      {
        location: indexAt,
        message: `the lock list of ${key} has ${count(listed.length, 'hash', 'hashes')} (${listed.map((l) => l.sha256).join(', ') || 'none'}), but the chain has ${count(chain.length, 'entry', 'entries')} for it (${chain.map((e) => e.sha256).join(', ') || 'none'})`,
      },
    ];
  }
  const fields = chain.flatMap((entry, index) => {
    const item = listed[index];
    if (!item) return [];
    const expected = { sha256: entry.sha256, lockedOn: entry.lockedOn, erratum: entry.erratum ?? null, entry: entry.hash };
    return (Object.keys(expected) as (keyof typeof expected)[])
      .filter((field) => item[field] !== expected[field])
      .map((field) => ({
        location: indexAt,
        message: `lock[${index}].${field} of ${key} is ${item[field] ?? 'null'}, but entry ${positions.get(entry) ?? '?'} of the chain says ${expected[field] ?? 'null'}`,
      }));
  });
  return [...mismatches, ...fields];
}

function checkIntegrityNote(site: SiteFiles, pagePath: string, html: string, key: string, sha: string): Mismatch[] {
  const at = site.describe(pagePath);
  const note = INTEGRITY_NOTE.exec(html)?.[1];
  if (note === undefined)
    return [
      {
        location: at,
        message: `has no integrity note (<aside class="integrity-note">): expected it to print ${key}'s source sha256 ${sha}`,
      },
    ];
  const mismatches: Mismatch[] = [];
  const printed = PRINTED_SHA.exec(note)?.[1];
  if (printed !== sha) {
    mismatches.push({
      location: at,
      message: `the integrity note prints sha256 ${printed === undefined ? '(none: no <code class="sha">)' : printed}, but /api/policies.json gives ${sha} for ${key}`,
    });
  }
  if (!linkedPaths(pagePath, note).includes(sourceUrl(sha))) {
    mismatches.push({ location: at, message: `the integrity note does not link ${sourceUrl(sha)}, the source of ${key}` });
  }
  return mismatches;
}

async function checkDeclaration(site: SiteFiles, path: string, key: string, sha: string): Promise<Mismatch[]> {
  const at = site.describe(path);
  const json = await site.json(path);
  if ('mismatch' in json) return [json.mismatch];
  const parsed = declarationSchema.safeParse(json.value);
  if (!parsed.success) return zodMismatches(at, parsed.error, 'is not a cookie declaration');
  const found = parsed.data.policy.sourceSha256;
  return found === sha
    ? []
    : [{ location: at, message: `policy.sourceSha256 is ${found}, but /api/policies.json gives ${sha} for ${key}` }];
}

// Every read goes through here: once per path, at most `concurrency` at a time.
class SiteFiles {
  readonly #reader: SiteReader;
  readonly #reads = new Map<string, Promise<Uint8Array | Mismatch>>();
  readonly #sources = new Map<string, Promise<Mismatch[]>>();
  readonly #waiting: (() => void)[] = [];
  readonly #limit: number;
  #active = 0;

  constructor(reader: SiteReader, limit: number) {
    this.#reader = reader;
    this.#limit = Math.max(1, limit);
  }

  describe(path: string): string {
    return this.#reader.describe(path);
  }

  read(path: string): Promise<Uint8Array | Mismatch> {
    let read = this.#reads.get(path);
    if (!read) {
      read = this.#readNow(path);
      this.#reads.set(path, read);
    }
    return read;
  }

  async #readNow(path: string): Promise<Uint8Array | Mismatch> {
    // A slot is handed straight to the next waiter, so no other read can slip in between.
    if (this.#active >= this.#limit) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else this.#active += 1;
    const location = this.#reader.describe(path);
    try {
      const bytes = await this.#reader.read(path);
      return bytes ?? { location, message: 'is missing (not found)' };
    } catch (error) {
      return { location, message: `could not be read: ${error instanceof Error ? error.message : String(error)}` };
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#active -= 1;
    }
  }

  async json(path: string): Promise<{ value: unknown } | { mismatch: Mismatch }> {
    const bytes = await this.read(path);
    if (!(bytes instanceof Uint8Array)) return { mismatch: bytes };
    try {
      return { value: JSON.parse(new TextDecoder().decode(bytes)) };
    } catch (error) {
      return { mismatch: { location: this.describe(path), message: `is not JSON: ${(error as Error).message}` } };
    }
  }

  async page(path: string): Promise<{ html: string } | { mismatch: Mismatch }> {
    const bytes = await this.read(path);
    return bytes instanceof Uint8Array ? { html: new TextDecoder().decode(bytes) } : { mismatch: bytes };
  }

  /** Check the source file at `path` once: its SHA-256, of the bytes exactly as served, is its name. */
  source(path: string): Promise<Mismatch[]> {
    let check = this.#sources.get(path);
    if (!check) {
      check = this.read(path).then((bytes): Mismatch[] => {
        if (!(bytes instanceof Uint8Array)) return [bytes];
        const name = SOURCE_PATH.exec(path)?.[1] ?? '';
        // The bytes, not text with line endings normalised: what `sha256sum` of the download gives.
        const actual = createHash('sha256').update(bytes).digest('hex');
        if (actual === name) return [];
        return [
          {
            location: this.describe(path),
            message: `is named after sha256 ${name}, but its bytes hash to ${actual} — it is not the source that was recorded`,
          },
        ];
      });
      this.#sources.set(path, check);
    }
    return check;
  }

  /** Check every source file a page links. */
  async linkedSources(pagePath: string, html: string): Promise<Mismatch[]> {
    const links = linkedPaths(pagePath, html).filter((path) => SOURCE_PATH.test(path));
    return (await Promise.all(links.map((path) => this.source(path)))).flat();
  }

  sourceCount(): number {
    return this.#sources.size;
  }
}

// Any stand-in origin will do: only the path of a URL matters, so a site verified from a folder or
// another host is read at the same paths as the configured one.
const ORIGIN = 'https://site.invalid';

/** Return the path of a site URL (absolute, or relative to `base`), e.g. `/sources/<sha256>.mdx`. */
function sitePath(url: string, base = '/'): string {
  return new URL(url, new URL(base, ORIGIN)).pathname;
}

function linkedPaths(pagePath: string, html: string): string[] {
  const paths = new Set<string>();
  for (const match of html.matchAll(HREF)) {
    const href = (match[1] ?? match[2] ?? '').replaceAll('&amp;', '&');
    try {
      paths.add(sitePath(href, pagePath));
    } catch {
      // Not a URL at all: nothing of the record.
    }
  }
  return [...paths];
}

function zodMismatches(location: string, error: z.ZodError, what: string): Mismatch[] {
  return error.issues.map((issue) => ({
    location,
    message: `${what}: ${issue.message}${issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''}`,
  }));
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function unique(mismatches: readonly Mismatch[]): Mismatch[] {
  const seen = new Set<string>();
  return mismatches.filter(({ location, message }) => {
    const key = `${location}\n${message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
