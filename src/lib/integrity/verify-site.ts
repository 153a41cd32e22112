import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { canonicalDigest } from '../declaration/seal-document.ts';
import { POLICY_SLUG } from '../policies/policy-file.ts';
import {
  declarationUrl,
  FEED_KINDS,
  feedUrl,
  type FeedScope,
  versionsUrl,
  INTEGRITY_LOCK_URL,
  INTEGRITY_URL,
  POLICIES_JSON_URL,
  policyUrl,
  revisionUrl,
  sourceUrl,
} from '../policies/policy-urls.ts';
import { splitFrontMatter } from '../policies/split-front-matter.ts';
import { languageUrl } from '../translations/translation-urls.ts';
import { MAX_SOURCE_BYTES } from '../redline/index.ts';
import { readRevisionBody } from '../revision-body/index.ts';
import { pathUnderBase, routeUnderBase } from '../site/index.ts';
import { count } from '../text/count.ts';
import { visibleControls } from '../text/visible-controls.ts';
import { GENESIS, lockFileSchema, lockHead, revisionChains, verifyChain, type LockEntry, type LockFile } from './lock-file.ts';

/** Where `verifySite` reads a published site from: a folder, a URL, or memory in tests. */
export interface SiteReader {
  /**
   * Return the bytes published at a site path (`/api/policies.json`, `/cookies/2026-03-14/`), or
   * null when there is nothing there; throw an Error saying why when it cannot be read. Stop
   * reading once more than `maxBytes` bytes have come, and return what was read (more than
   * `maxBytes`): the caller reports the file as too large, and an endless response is never buffered.
   */
  read(path: string, maxBytes: number): Promise<Uint8Array | null>;
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
  /**
   * The address the site says it is published at (origin and base path, from its lock URL), which
   * its pages' links and its index's URLs were checked against; absent when the index is unreadable.
   */
  publishedAt?: string;
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
      /** The policy, as in its URL: a policy folder's name, as the build requires (POLICY_SLUG). */
      id: z.string().regex(POLICY_SLUG, { error: 'must be a policy name (lowercase letters, digits and hyphens)' }),
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
          change: z.string().nullable(),
          url: z.url(),
          declarationUrl: z.url().nullable(),
          sourceSha256: sha256,
          sourceUrl: z.url(),
          lock: z.array(z.looseObject({ sha256, lockedOn: date, erratum: date.nullable(), entry: sha256 })),
          /** Its translations (index 1.2 and later). */
          translations: z
            .array(
              z.looseObject({
                lang: z.string().regex(/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/, { error: 'must be a BCP 47 language tag' }),
                url: z.url(),
                sourceSha256: sha256,
                sourceUrl: z.url(),
                translationOf: sha256,
                state: z.string(),
              }),
            )
            .optional(),
        }),
      ),
    }),
  ),
});

type PublishedIndex = z.infer<typeof publishedIndexSchema>;
type PublishedPolicy = PublishedIndex['policies'][number];
type PublishedRevision = PublishedPolicy['revisions'][number];

const declarationSchema = z.looseObject({
  policy: z.looseObject({ sourceSha256: sha256 }),
  integrity: z.looseObject({ algorithm: z.literal('sha256'), canonicalization: z.literal('RFC 8785'), digest: sha256 }),
});

/** How much `verifySite` reads of one file at most, by what the file is, and how the limit is named. */
const READ_LIMITS = {
  // policies.json repeats every entry of the lock, and the build accepts a lock of up to 64 MiB
  // (about 200,000 entries; src/node/read-lock.ts).
  record: { bytes: 64 << 20, what: 'the policies index or the lock' },
  // Redline's largest pages (a long policy with its redline) are a few hundred KB.
  page: { bytes: 16 << 20, what: 'a page, feed or declaration' },
  // A source is at most MAX_SOURCE_BYTES, front matter included; the rest is slack.
  source: { bytes: MAX_SOURCE_BYTES + (64 << 10), what: 'a revision source (1 MiB of text and its front matter)' },
} as const;
type ReadKind = keyof typeof READ_LIMITS;

// The site is generated, so its HTML is regular; it is still read by linear scans (findStartTag),
// never by regular expressions that backtrack: a hostile page must not make the check take hours.
const POLICY_TEXT_OPEN = '<div class="policy-text">';
const POLICY_TEXT_CLOSE = '</div>';
const RECORD_HEAD = 'Record head: ';
const MAX_ITEMS_SHOWN = 10;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const SOURCE_PATH = /^\/sources\/([^/]+)\.mdx$/;

/**
 * Verify a published Redline site from what it serves alone: the lock's hash chain leads from
 * GENESIS to the head `/api/policies.json` gives, and `/integrity/` and every feed item print that
 * head; every source the chain records, and every one a page or JSON links, is published and hashes
 * to its name; each revision's source hash is the last one the chain records for it, and its page,
 * declaration and `lock` list say the same; every URL the index gives is the permanent one; each
 * declaration's digest is its own; each revision page (and the policy page, for the revision in
 * force) shows the text Redline renders from the verified source; each translation's source is
 * published and hashes to its name, its own front matter's `translationOf` is the hash the index
 * says it translates, and that hash is the one its state says (current: the revision's source as it
 * stands; outdated: one the chain recorded before); and a head saved earlier is still in the chain.
 *
 * Translations are not in the chain: a translation replaced by another, its new hash in the index,
 * verifies as well as the one it replaced. What holds is that the site is consistent, not that it
 * was never changed.
 *
 * Every revision `/api/policies.json` lists must be locked, upcoming ones too: the site lists only
 * published revisions (in force, superseded, or announced through `published`) — drafts are not on
 * it at all — and a revision is locked the day it is published (the build refuses it otherwise).
 *
 * Pages, declarations and the lock are read at their permanent paths, whatever URL the index gives
 * for them (a different one is reported): what a reader who follows a permanent link sees is what
 * is checked.
 */
export async function verifySite(reader: SiteReader, options: VerifyOptions = {}): Promise<SiteVerification> {
  const { head: savedHead, concurrency = 8 } = options;
  const site = new SiteFiles(reader, concurrency);
  const indexAt = reader.describe(POLICIES_JSON_URL);

  const indexJson = await site.json(POLICIES_JSON_URL, 'record');
  if ('mismatch' in indexJson) return { mismatches: [indexJson.mismatch], revisions: 0, sources: 0, entries: 0, head: GENESIS };
  const parsedIndex = publishedIndexSchema.safeParse(indexJson.value);
  if (!parsedIndex.success) {
    const mismatches = zodMismatches(indexAt, parsedIndex.error, 'is not a Redline policies index (version 1.1 or later)');
    return { mismatches, revisions: 0, sources: 0, entries: 0, head: GENESIS };
  }
  const index = parsedIndex.data;
  const revisions = index.policies.flatMap((policy) => policy.revisions.map((revision) => ({ policy, revision })));
  const mismatches: Mismatch[] = [];

  // (6) Every URL the index gives is the permanent one, on the site's own origin, so that no decoy
  // can stand in for a page; each policy and revision is listed once.
  // The site's origin and base path (`/`, or e.g. `/legal/`) are where it publishes its lock.
  const lockUrl = new URL(index.integrity.lockUrl);
  const origin = lockUrl.origin;
  site.base = lockUrl.pathname.endsWith(INTEGRITY_LOCK_URL) ? `${lockUrl.pathname.slice(0, -INTEGRITY_LOCK_URL.length)}/` : '/';
  const permanent = (field: string, url: string, route: string, why = ''): void => {
    const found = new URL(url);
    const path = pathUnderBase(site.base, route);
    if (found.origin === origin && found.pathname === path && found.search === '' && found.hash === '') return;
    mismatches.push({
      location: indexAt,
      message: `${field} is ${clip(url)}, but ${why || 'its permanent URL is'} ${origin}${path} — readers following the index would be led elsewhere`,
    });
  };
  permanent('integrity.lockUrl', index.integrity.lockUrl, INTEGRITY_LOCK_URL);
  const policies: PublishedPolicy[] = [];
  const ids = new Set<string>();
  const checked: { policy: PublishedPolicy; revision: PublishedRevision }[] = [];
  const listed = new Set<string>();
  for (const policy of index.policies) {
    if (ids.has(policy.id)) {
      mismatches.push({ location: indexAt, message: `lists the policy ${policy.id} twice — only the first is checked` });
      continue;
    }
    ids.add(policy.id);
    policies.push(policy);
    permanent(`the url of ${policy.id}`, policy.url, policyUrl(policy.id));
    if (policy.declarationUrl !== null) permanent(`the declarationUrl of ${policy.id}`, policy.declarationUrl, declarationUrl(policy.id));
    for (const revision of policy.revisions) {
      const key = `${policy.id}/${revision.effective}`;
      if (listed.has(key)) {
        mismatches.push({ location: indexAt, message: `lists the revision ${key} twice — only the first is checked` });
        continue;
      }
      listed.add(key);
      checked.push({ policy, revision });
      permanent(`the url of ${key}`, revision.url, revisionUrl(policy.id, revision.effective));
      if (revision.declarationUrl !== null) {
        permanent(`the declarationUrl of ${key}`, revision.declarationUrl, declarationUrl(policy.id, revision.effective));
      }
      permanent(
        `the sourceUrl of ${key}`,
        revision.sourceUrl,
        sourceUrl(revision.sourceSha256),
        `its sourceSha256 is ${revision.sourceSha256}: expected`,
      );
      // Its pages must show what Redline renders from this source.
      site.render(revision.sourceSha256);
      for (const translation of revision.translations ?? []) {
        const where = `${key} in ${translation.lang}`;
        // Its source must say what it translates, as the index does.
        site.translation(translation.sourceSha256);
        permanent(`the url of ${where}`, translation.url, languageUrl(translation.lang, revisionUrl(policy.id, revision.effective)));
        permanent(
          `the sourceUrl of ${where}`,
          translation.sourceUrl,
          sourceUrl(translation.sourceSha256),
          `its sourceSha256 is ${translation.sourceSha256}: expected`,
        );
      }
    }
  }

  // (1) The chain parses, verifies link by link from GENESIS, and ends at the published head.
  const lockAt = reader.describe(INTEGRITY_LOCK_URL);
  const lock = await readLock(site, INTEGRITY_LOCK_URL, lockAt);
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
  const head = 'lock' in lock ? lockHead(lock.lock).head : index.integrity.head;

  const checks: Promise<Mismatch[]>[] = [];
  // (2) Every hash the chain records is published as a source, and is a revision the site lists.
  entries.forEach((entry, position) => {
    checks.push(site.source(sourceUrl(entry.sha256)).then((source) => source.mismatches));
    if (!listed.has(entry.revision)) {
      mismatches.push({
        location: lockAt,
        message: `entry ${position + 1} records ${entry.revision}, but ${indexAt} lists no such revision — a published revision keeps its URL forever`,
      });
    }
  });
  // (3, 4) Each revision: its source, its page, its declaration and its lock list agree with the chain.
  for (const { policy, revision } of checked)
    checks.push(checkRevision(site, indexAt, policy, revision, 'lock' in lock ? { chains, positions } : undefined));
  // (3) The policy pages (the revision in force) and the integrity page link sources too; the
  // integrity page and the feeds print the head.
  for (const policy of policies) checks.push(checkPolicyPage(site, indexAt, policy), checkVersions(site, indexAt, policy));
  checks.push(
    site.page(INTEGRITY_URL).then(async (page) => {
      if ('mismatch' in page) return [page.mismatch];
      return [...checkPrintedHead(site, INTEGRITY_URL, page.html, head), ...(await site.linkedSources(INTEGRITY_URL, page.html))];
    }),
  );
  // Each feed lists exactly the revisions the index lists (of its policy; labelled material, for the
  // material feeds), each with the source hash the index gives it: a feed that leaves a change out
  // would keep subscribers from hearing of it.
  for (const only of [undefined, ...policies]) {
    for (const { scope, format } of FEED_KINDS) {
      const path = feedUrl(only?.id, { scope, format });
      const expected = new Map<string, string>();
      for (const policy of only ? [only] : policies)
        for (const revision of policy.revisions)
          if (scope === 'all' || revision.change === 'material') expected.set(`${policy.id}/${revision.effective}`, revision.sourceSha256);
      const check = (items: FeedItem[]): Mismatch[] => checkFeedItems(site.describe(path), items, { head, expected, scope });
      if (format === 'rss')
        checks.push(site.page(path).then((feed) => ('mismatch' in feed ? [feed.mismatch] : check(rssItems(feed.html)))));
      else
        checks.push(
          site.json(path, 'page').then((feed) => {
            if ('mismatch' in feed) return [feed.mismatch];
            const items = jsonFeedItems(feed.value);
            return items
              ? check(items)
              : [{ location: site.describe(path), message: 'is not a JSON Feed: it has no "items" list of objects' }];
          }),
        );
    }
  }

  for (const found of await Promise.all(checks)) mismatches.push(...found);
  const result: SiteVerification = {
    mismatches: unique(mismatches),
    revisions: revisions.length,
    sources: site.sourceCount(),
    entries: entries.length,
    head,
  };
  if (savedHeadAt !== undefined) result.savedHeadAt = savedHeadAt;
  result.publishedAt = `${origin}${site.base}`;
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
  const at = result.publishedAt === undefined ? '' : `, as published at ${result.publishedAt}`;
  return `${count(result.revisions, 'revision', 'revisions')}, ${count(result.sources, 'source', 'sources')}, chain of ${count(result.entries, 'entry', 'entries')} from GENESIS to head ${result.head}${at}: all hold${saved}`;
}

/**
 * Write mismatches one per line as `location: message`, with every character that must not reach a
 * terminal (ESC sequences, bidirectional overrides, line breaks) shown as an escape: the messages
 * quote what the site serves, and the site may be hostile.
 */
export function formatMismatches(mismatches: readonly Mismatch[]): string {
  return mismatches.map(({ location, message }) => `${visibleControls(location)}: ${visibleControls(message)}`).join('\n');
}

async function readLock(site: SiteFiles, path: string, at: string): Promise<{ lock: LockFile } | { mismatches: Mismatch[] }> {
  const json = await site.json(path, 'record');
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

  const checks: Promise<Mismatch[]>[] = [site.source(sourceUrl(sha)).then((source) => source.mismatches)];
  const pagePath = revisionUrl(policy.id, revision.effective);
  checks.push(
    site.page(pagePath).then(async (page) => {
      if ('mismatch' in page) return [page.mismatch];
      const [text, links] = await Promise.all([
        checkPolicyText(site, pagePath, page.html, key, sha),
        site.linkedSources(pagePath, page.html),
      ]);
      return [...checkIntegrityNote(site, pagePath, page.html, key, sha), ...text, ...links];
    }),
  );
  if (revision.declarationUrl !== null) checks.push(checkDeclaration(site, declarationUrl(policy.id, revision.effective), key, sha));
  for (const translation of revision.translations ?? []) {
    const path = sourceUrl(translation.sourceSha256);
    checks.push(
      site
        .source(path)
        .then((source) => [...source.mismatches, ...declaredTranslationOf(site.describe(path), indexAt, key, translation, source)]),
    );
    mismatches.push(...translationMismatches(indexAt, key, sha, translation, record ? (record.chains.get(key) ?? []) : undefined));
  }
  for (const found of await Promise.all(checks)) mismatches.push(...found);
  return mismatches;
}

// A translation listed as current translates the revision's source as it stands; one listed as
// outdated, a hash the chain recorded for the revision before a correction.
function translationMismatches(
  indexAt: string,
  key: string,
  sha: string,
  translation: NonNullable<PublishedRevision['translations']>[number],
  chain: readonly LockEntry[] | undefined,
): Mismatch[] {
  const { lang, state, translationOf } = translation;
  const where = `the ${lang} translation of ${key}`;
  if (state === 'current') {
    if (translationOf === sha) return [];
    return [
      {
        location: indexAt,
        message: `${where} is listed as current, but translates ${translationOf}, not the revision's source sha256 ${sha}`,
      },
    ];
  }
  if (state !== 'outdated') return [{ location: indexAt, message: `${where} has the state ${clip(state)}: expected current or outdated` }];
  if (translationOf === sha) {
    return [
      { location: indexAt, message: `${where} is listed as outdated, but translates ${translationOf}, the revision's source as it stands` },
    ];
  }
  // Without a readable chain there is nothing to compare with: the lock's own mismatch says why.
  if (chain === undefined || chain.some((entry) => entry.sha256 === translationOf)) return [];
  return [
    {
      location: indexAt,
      message: `${where} is listed as outdated, translating ${translationOf}, but the chain records no such hash for ${key} (${chain.map((entry) => entry.sha256).join(', ') || 'none'})`,
    },
  ];
}

// A translation's source names the revision text it translates in its own front matter: that must be
// the hash the index lists (checked once the source hashes to its name and could be read).
function declaredTranslationOf(
  location: string,
  indexAt: string,
  key: string,
  translation: NonNullable<PublishedRevision['translations']>[number],
  source: SourceCheck,
): Mismatch[] {
  if (source.mismatches.length > 0 || source.translationOf === undefined) return [];
  const listed = `${indexAt} lists it as the ${translation.lang} translation of ${key}, translating ${translation.translationOf}`;
  if (source.translationOf === null) {
    return [{ location, message: `has no "translationOf" in its front matter that can be read, but ${listed}` }];
  }
  if (source.translationOf === translation.translationOf) return [];
  return [{ location, message: `says in its front matter that it translates ${clip(source.translationOf)}, but ${listed}` }];
}

// What verification reads of a versions document: the version in force and each version's label and hashes.
const versionsSchema = z.looseObject({
  inForce: date.nullable(),
  versions: z.array(
    z.looseObject({ version: date, status: z.string(), change: z.string().nullable(), sha256, formerSha256: z.array(sha256) }),
  ),
});

/**
 * Check a policy's versions document (what apps read to decide whether to ask a user to accept the
 * policy again) against the index: the same versions, each with the same status, change label and
 * SHA-256, its former SHA-256s those its lock chain recorded before, and the same version in force.
 * A label turned from material to editorial there would silently spare every user a re-acceptance.
 */
async function checkVersions(site: SiteFiles, indexAt: string, policy: PublishedPolicy): Promise<Mismatch[]> {
  const path = versionsUrl(policy.id);
  const json = await site.json(path, 'page');
  if ('mismatch' in json) return [json.mismatch];
  const location = site.describe(path);
  const parsed = versionsSchema.safeParse(json.value);
  if (!parsed.success) return zodMismatches(location, parsed.error, 'is not a Redline versions document');
  const problems: string[] = [];
  if (parsed.data.inForce !== policy.inForce)
    problems.push(`says ${parsed.data.inForce ?? 'no version'} is in force, but ${indexAt} says ${policy.inForce ?? 'none is'}`);
  const listed = new Map(parsed.data.versions.map((version) => [version.version, version]));
  const checked = new Set<string>();
  for (const revision of policy.revisions) {
    // A revision the index lists twice is reported with the index, and compared once here.
    if (checked.has(revision.effective)) continue;
    checked.add(revision.effective);
    const version = listed.get(revision.effective);
    listed.delete(revision.effective);
    if (!version) {
      problems.push(`leaves out ${revision.effective}, which ${indexAt} lists`);
      continue;
    }
    const former = [...new Set(revision.lock.map((entry) => entry.sha256).filter((hash) => hash !== revision.sourceSha256))];
    const differences = [
      version.sha256 !== revision.sourceSha256 && `the SHA-256 ${clip(version.sha256)} (the index: ${revision.sourceSha256})`,
      version.change !== revision.change && `the label ${version.change ?? 'none'} (the index: ${revision.change ?? 'none'})`,
      version.status !== revision.status && `the status ${clip(version.status)} (the index: ${revision.status})`,
      version.formerSha256.join(' ') !== former.join(' ') &&
        `former SHA-256s ${clip(version.formerSha256.join(', ') || 'none')} (the lock: ${former.join(', ') || 'none'})`,
    ].filter((difference): difference is string => difference !== false);
    if (differences.length > 0) problems.push(`gives ${revision.effective} ${differences.join(', ')}`);
  }
  for (const extra of listed.keys()) problems.push(`lists ${clip(extra)}, which ${indexAt} does not`);
  return firstProblems(location, problems, 'with its versions');
}

async function checkPolicyPage(site: SiteFiles, indexAt: string, policy: PublishedPolicy): Promise<Mismatch[]> {
  const inForce = policy.revisions.find((revision) => revision.effective === policy.inForce);
  if (policy.inForce !== null && !inForce) {
    return [{ location: indexAt, message: `${policy.id} says ${policy.inForce} is in force, but lists no revision of that date` }];
  }
  const pagePath = policyUrl(policy.id);
  const key = `${policy.id}/${policy.inForce}`;
  const checks: Promise<Mismatch[]>[] = [
    site.page(pagePath).then(async (page) => {
      if ('mismatch' in page) return [page.mismatch];
      const links = site.linkedSources(pagePath, page.html);
      if (!inForce) return links;
      const [text, linked] = await Promise.all([checkPolicyText(site, pagePath, page.html, key, inForce.sourceSha256), links]);
      return [...checkIntegrityNote(site, pagePath, page.html, key, inForce.sourceSha256), ...text, ...linked];
    }),
  ];
  if (inForce && policy.declarationUrl !== null) {
    checks.push(checkDeclaration(site, declarationUrl(policy.id), key, inForce.sourceSha256));
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
      message: `${key} (${clip(revision.status)}) has source sha256 ${sha}, but the chain records no hash for it — every revision the site lists is published, and must be locked the day it is (npm run policy:lock)`,
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
  const note = integrityNote(html);
  if (note === undefined)
    return [
      {
        location: at,
        message: `has no integrity note (<aside class="integrity-note">): expected it to print ${key}'s source sha256 ${sha}`,
      },
    ];
  const mismatches: Mismatch[] = [];
  const printed = elementText(note, 'code', (attributes) => hasClass(attributes, 'sha'));
  if (printed !== sha) {
    mismatches.push({
      location: at,
      message: `the integrity note prints sha256 ${printed === undefined ? '(none: no <code class="sha">)' : clip(printed)}, but /api/policies.json gives ${sha} for ${key}`,
    });
  }
  if (!linkedPaths(site.base, pagePath, note).includes(sourceUrl(sha))) {
    mismatches.push({ location: at, message: `the integrity note does not link ${sourceUrl(sha)}, the source of ${key}` });
  }
  return mismatches;
}

// The page shows, as its policy text, exactly what Redline renders from the verified source
// (src/components/RevisionArticle.astro: `<div class="policy-text" set:html={html} />`), so a page
// cannot print the right hash above other words.
async function checkPolicyText(site: SiteFiles, pagePath: string, html: string, key: string, sha: string): Promise<Mismatch[]> {
  const expected = await site.rendered(sha);
  // No rendering: the source is missing, does not hash to its name, or does not render — said at the source.
  if (expected === undefined) return [];
  const at = site.describe(pagePath);
  const start = html.indexOf(POLICY_TEXT_OPEN);
  if (start < 0) {
    return [
      {
        location: at,
        message: `has no policy text (${POLICY_TEXT_OPEN}): expected the text Redline renders from ${sourceUrl(sha)}, the source of ${key}`,
      },
    ];
  }
  // Only the first: Redline writes one, and trying every one would be quadratic.
  if (digest(html.slice(start, start + expected.length)) === expected.sha256) return [];
  return [
    {
      location: at,
      message: `the policy text (${POLICY_TEXT_OPEN}…${POLICY_TEXT_CLOSE}) is not what Redline renders from ${sourceUrl(sha)}, the source of ${key}: readers are shown other text than the record holds`,
    },
  ];
}

function checkPrintedHead(site: SiteFiles, path: string, html: string, head: string): Mismatch[] {
  const printed = elementText(html, 'code', (attributes) => attributes.get('id') === 'integrity-head');
  if (printed === head) return [];
  return [
    {
      location: site.describe(path),
      message: `prints the record's head ${printed === undefined ? '(none: no <code id="integrity-head">)' : clip(printed)}, but the chain's head is ${head}`,
    },
  ];
}

// Every item of a feed carries the record's head (src/data/feeds.ts): "Record head:
// <code>…</code>", escaped as XML text (or not, inside CDATA) in RSS, in `content_html` in JSON Feed;
// and says which version it is: `redline:` elements in RSS, `_redline` in JSON Feed.
/** What verification reads of one feed item: its HTML, its link, and the version it says it is. */
interface FeedItem {
  text: string;
  link: string | undefined;
  policy: string | undefined;
  effective: string | undefined;
  sha256: string | undefined;
}

function rssItems(xml: string): FeedItem[] {
  const items: FeedItem[] = [];
  for (let start = xml.indexOf('<item>'); start >= 0;) {
    const close = xml.indexOf('</item>', start);
    const text = xml.slice(start, close < 0 ? xml.length : close);
    const field = (name: string): string | undefined => elementText(text, name, () => true);
    items.push({
      text,
      link: field('link'),
      policy: field('redline:policy'),
      effective: field('redline:effective'),
      sha256: field('redline:sha256'),
    });
    start = close < 0 ? -1 : xml.indexOf('<item>', close);
  }
  return items;
}

// What verification reads of a JSON Feed: each item's id, HTML and `_redline`, whatever else it holds.
const jsonFeedSchema = z.looseObject({
  items: z.array(
    z.looseObject({
      id: z.unknown(),
      content_html: z.unknown(),
      _redline: z.looseObject({ policy: z.unknown(), effective: z.unknown(), sha256: z.unknown() }).optional(),
    }),
  ),
});

function jsonFeedItems(feed: unknown): FeedItem[] | undefined {
  const parsed = jsonFeedSchema.safeParse(feed);
  if (!parsed.success) return undefined;
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  return parsed.data.items.map((item) => ({
    text: text(item.content_html) ?? '',
    link: text(item.id),
    policy: text(item._redline?.policy),
    effective: text(item._redline?.effective),
    sha256: text(item._redline?.sha256),
  }));
}

function checkFeedItems(
  location: string,
  items: readonly FeedItem[],
  { head, expected, scope }: { head: string; expected: ReadonlyMap<string, string>; scope: FeedScope },
): Mismatch[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  items.forEach(({ text, link, policy, effective, sha256 }, item) => {
    const which = `item ${item + 1}${link === undefined ? '' : ` (${clip(link)})`}`;
    const printed = recordHead(text);
    if (printed !== head)
      problems.push(
        `${which} prints the record's head ${printed === undefined ? `(none: no "${RECORD_HEAD}<code>…</code>")` : clip(printed)}, but the chain's head is ${head}`,
      );
    if (policy === undefined || effective === undefined || sha256 === undefined) {
      problems.push(`${which} does not say which version it is (its policy, effective date and SHA-256)`);
      return;
    }
    const key = `${policy}/${effective}`;
    const listed = expected.get(key);
    seen.add(key);
    if (listed === undefined)
      problems.push(`${which} is ${clip(key)}, which the index does not list${scope === 'material' ? ' as a material change' : ''}`);
    else if (sha256 !== listed) problems.push(`${which} gives ${key} the SHA-256 ${clip(sha256)}, but the index gives ${listed}`);
  });
  for (const key of expected.keys())
    if (!seen.has(key)) problems.push(`leaves out ${key}, which the index lists${scope === 'material' ? ' as a material change' : ''}`);
  return firstProblems(location, problems, 'with its items');
}

// A few are enough to show what is wrong: a hostile file may list a million items.
function firstProblems(location: string, problems: readonly string[], where: string): Mismatch[] {
  const shown = problems.slice(0, MAX_ITEMS_SHOWN).map((message) => ({ location, message }));
  if (problems.length > MAX_ITEMS_SHOWN)
    shown.push({ location, message: `and ${count(problems.length - MAX_ITEMS_SHOWN, 'more problem', 'more problems')} ${where}` });
  return shown;
}

function recordHead(item: string): string | undefined {
  const at = item.indexOf(RECORD_HEAD);
  if (at < 0) return undefined;
  const from = at + RECORD_HEAD.length;
  const open = ['<code>', '&lt;code&gt;'].find((tag) => item.startsWith(tag, from));
  if (open === undefined) return undefined;
  // A head is 64 characters: read no more than one past that.
  let end = from + open.length;
  while (end < item.length && end - from - open.length <= 64 && /[0-9A-Za-z]/.test(item.charAt(end))) end++;
  return item.slice(from + open.length, end);
}

async function checkDeclaration(site: SiteFiles, path: string, key: string, sha: string): Promise<Mismatch[]> {
  const at = site.describe(path);
  const json = await site.json(path, 'page');
  if ('mismatch' in json) return [json.mismatch];
  const parsed = declarationSchema.safeParse(json.value);
  if (!parsed.success) return zodMismatches(at, parsed.error, 'is not a cookie declaration');
  const mismatches: Mismatch[] = [];
  const found = parsed.data.policy.sourceSha256;
  if (found !== sha)
    mismatches.push({ location: at, message: `policy.sourceSha256 is ${found}, but /api/policies.json gives ${sha} for ${key}` });
  // Its digest is its own (src/lib/declaration/seal-document.ts): RFC 8785 of the document without `integrity`.
  const { integrity: _integrity, ...document } = json.value as Record<string, unknown>;
  let actual: string;
  try {
    actual = canonicalDigest(document);
  } catch (error) {
    // Nesting deep enough to exhaust the stack: no declaration Redline writes.
    return [...mismatches, { location: at, message: `has no canonical JSON form (${(error as Error).message})` }];
  }
  if (actual !== parsed.data.integrity.digest) {
    mismatches.push({
      location: at,
      message: `integrity.digest is ${parsed.data.integrity.digest}, but the SHA-256 of the document's RFC 8785 canonical JSON without "integrity" is ${actual} — the declaration was changed after it was sealed`,
    });
  }
  return mismatches;
}

/** What a source renders to on a page: the length and SHA-256 of its `<div class="policy-text">…</div>`. */
interface RenderedText {
  length: number;
  sha256: string;
}

/** A source file, checked: what is wrong with it, and what its pages must show when it was asked for. */
interface SourceCheck {
  mismatches: Mismatch[];
  rendered?: RenderedText;
  /** For a translation's source, the `translationOf` of its front matter (null when it has none that can be read). */
  translationOf?: string | null;
}

// Every read goes through here, at most `concurrency` at a time. Pages, declarations and the lock
// are read at their permanent paths, each once, and not kept: only what a source check found is.
class SiteFiles {
  readonly #reader: SiteReader;
  readonly #sources = new Map<string, Promise<SourceCheck>>();
  readonly #render = new Set<string>();
  readonly #translations = new Set<string>();
  readonly #waiting: (() => void)[] = [];
  readonly #limit: number;
  #active = 0;
  /** The path the site is served under, from the lock URL its index gives: its links start with it. */
  base = '/';

  constructor(reader: SiteReader, limit: number) {
    this.#reader = reader;
    this.#limit = Math.max(1, limit);
  }

  describe(path: string): string {
    return this.#reader.describe(path);
  }

  /** Render the source with this SHA-256 when it is checked (before any `source` call for it). */
  render(sha: string): void {
    this.#render.add(sha);
  }

  /** Read the `translationOf` of the source with this SHA-256 when it is checked (before any `source` call for it). */
  translation(sha: string): void {
    this.#translations.add(sha);
  }

  async read(path: string, kind: ReadKind): Promise<Uint8Array | Mismatch> {
    // A slot is handed straight to the next waiter, so no other read can slip in between.
    if (this.#active >= this.#limit) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else this.#active += 1;
    const location = this.#reader.describe(path);
    const { bytes: limit, what } = READ_LIMITS[kind];
    try {
      const bytes = await this.#reader.read(path, limit);
      if (bytes === null) return { location, message: 'is missing (not found)' };
      if (bytes.byteLength > limit) {
        return { location, message: `is larger than ${mebibytes(limit)}, more than Redline publishes as ${what} — not read further` };
      }
      return bytes;
    } catch (error) {
      return { location, message: `could not be read: ${error instanceof Error ? error.message : String(error)}` };
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#active -= 1;
    }
  }

  async json(path: string, kind: ReadKind): Promise<{ value: unknown } | { mismatch: Mismatch }> {
    const bytes = await this.read(path, kind);
    if (!(bytes instanceof Uint8Array)) return { mismatch: bytes };
    const location = this.describe(path);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { mismatch: { location, message: 'is not JSON: it is not UTF-8 text' } };
    }
    try {
      return { value: JSON.parse(text) };
    } catch (error) {
      // Not the parser's message, which quotes the file: a link could have led to a secret.
      return { mismatch: { location, message: `is not JSON: ${jsonFault(error)}` } };
    }
  }

  async page(path: string): Promise<{ html: string } | { mismatch: Mismatch }> {
    const bytes = await this.read(path, 'page');
    return bytes instanceof Uint8Array ? { html: new TextDecoder().decode(bytes) } : { mismatch: bytes };
  }

  /**
   * Check the source file at `path` once: its SHA-256, of the bytes exactly as served, is its name;
   * and when its pages are checked, render its body as the site does.
   */
  source(path: string): Promise<SourceCheck> {
    let check = this.#sources.get(path);
    if (!check) {
      check = this.read(path, 'source').then((bytes): SourceCheck => {
        if (!(bytes instanceof Uint8Array)) return { mismatches: [bytes] };
        const name = SOURCE_PATH.exec(path)?.[1] ?? '';
        // The bytes, not text with line endings normalised: what `sha256sum` of the download gives.
        const actual = createHash('sha256').update(bytes).digest('hex');
        if (actual !== name) {
          const message = `is named after sha256 ${clip(name)}, but its bytes hash to ${actual} — it is not the source that was recorded`;
          return { mismatches: [{ location: this.describe(path), message }] };
        }
        const checked = this.#render.has(name) ? renderSource(this.describe(path), bytes, this.base) : { mismatches: [] };
        if (this.#translations.has(name)) checked.translationOf = frontMatterTranslationOf(bytes);
        return checked;
      });
      this.#sources.set(path, check);
    }
    return check;
  }

  /** Return what the pages of the source with this SHA-256 must show, once it is verified (undefined if it is not). */
  async rendered(sha: string): Promise<RenderedText | undefined> {
    return (await this.source(sourceUrl(sha))).rendered;
  }

  /** Check every source file a page links. */
  async linkedSources(pagePath: string, html: string): Promise<Mismatch[]> {
    const links = linkedPaths(this.base, pagePath, html).filter((path) => SOURCE_PATH.test(path));
    return (await Promise.all(links.map((path) => this.source(path)))).flatMap((source) => source.mismatches);
  }

  sourceCount(): number {
    return this.#sources.size;
  }
}

// The `translationOf` a translation source's front matter gives, or null when it gives none that reads.
function frontMatterTranslationOf(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
  const split = splitFrontMatter(text);
  if ('reason' in split) return null;
  const value = split.data['translationOf'];
  return typeof value === 'string' ? value : null;
}

// Render a verified source's body as the site does (src/data/revision-html.ts): its text, line endings
// as published (LF), through readRevisionBody.
function renderSource(location: string, bytes: Uint8Array, base: string): SourceCheck {
  const fail = (message: string): SourceCheck => ({ mismatches: [{ location, message }] });
  let text: string;
  try {
    // A byte order mark is part of the text the site read (readFileSync keeps it).
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail('is not UTF-8 text, so no page can have been rendered from it');
  }
  const split = splitFrontMatter(text);
  if ('reason' in split) return fail(`has front matter that is not valid YAML (line ${split.line}: ${clip(split.reason)})`);
  let body;
  try {
    body = readRevisionBody(split.body, { siteBase: base });
  } catch (error) {
    return fail(`could not be rendered: ${clip((error as Error).message)}`);
  }
  if (body.html === null) {
    const [first] = body.problems;
    const more = body.problems.length > 1 ? ` (and ${count(body.problems.length - 1, 'more problem', 'more problems')})` : '';
    return fail(
      `does not render as a Redline revision: line ${split.bodyLine + (first?.line ?? 1) - 1}, column ${first?.column ?? 1}: the text ${clip(first?.message ?? '')}${more}`,
    );
  }
  const shown = `${POLICY_TEXT_OPEN}${body.html}${POLICY_TEXT_CLOSE}`;
  return { mismatches: [], rendered: { length: shown.length, sha256: digest(shown) } };
}

// Any stand-in origin will do: only the path of a URL matters, so a site verified from a folder or
// another host is read at the same paths as the configured one.
const ORIGIN = 'https://site.invalid';

/** Return the path of a site URL (absolute, or relative to `base`), e.g. `/sources/<sha256>.mdx`. */
function sitePath(url: string, base = '/'): string {
  return new URL(url, new URL(base, ORIGIN)).pathname;
}

// The routes (`/sources/<sha256>.mdx`) a page links on its own site, served under `base`.
function linkedPaths(base: string, pagePath: string, html: string): string[] {
  const paths = new Set<string>();
  for (const match of html.matchAll(HREF)) {
    const href = (match[1] ?? match[2] ?? '').replaceAll('&amp;', '&');
    try {
      const route = routeUnderBase(base, sitePath(href, pathUnderBase(base, pagePath)));
      if (route !== null) paths.add(route);
    } catch {
      // Not a URL at all: nothing of the record.
    }
  }
  return [...paths];
}

/** The first `<aside class="integrity-note">`'s content (src/components/IntegrityNote.astro), if it is closed. */
function integrityNote(html: string): string | undefined {
  const tag = findStartTag(html, 'aside', (attributes) => hasClass(attributes, 'integrity-note'));
  if (!tag) return undefined;
  const end = html.indexOf('</aside>', tag.end);
  return end < 0 ? undefined : html.slice(tag.end, end);
}

/** The text, trimmed, of the first element `<name …>text</name>` whose attributes pass `test` and which holds only text. */
function elementText(html: string, name: string, test: (attributes: ReadonlyMap<string, string>) => boolean): string | undefined {
  for (let tag = findStartTag(html, name, test); tag;) {
    const end = html.indexOf('<', tag.end);
    if (end < 0) return undefined;
    if (html.startsWith(`</${name}>`, end)) return html.slice(tag.end, end).trim();
    tag = findStartTag(html, name, test, end);
  }
  return undefined;
}

interface StartTag {
  /** Where the tag's content starts: just past its `>`. */
  end: number;
  /** Its attributes, names in lowercase, the first of each name (as HTML keeps it). */
  attributes: Map<string, string>;
}

/**
 * Find the first start tag `<name …>` at or after `from` whose attributes pass `test`. One pass:
 * every character is looked at a bounded number of times, whatever the page holds — unlike a
 * regular expression, which can backtrack over the rest of the page at every candidate tag.
 */
function findStartTag(
  html: string,
  name: string,
  test: (attributes: ReadonlyMap<string, string>) => boolean,
  from = 0,
): StartTag | undefined {
  const open = `<${name}`;
  for (let at = html.indexOf(open, from); at >= 0;) {
    const next = at + open.length;
    if (!isTagNameEnd(html.charAt(next))) {
      at = html.indexOf(open, next);
      continue;
    }
    const tag = readAttributes(html, next);
    // A tag never closed: no other tag can start after it.
    if (!tag) return undefined;
    if (test(tag.attributes)) return tag;
    at = html.indexOf(open, tag.end);
  }
  return undefined;
}

// Read a start tag's attributes from just after its name to its `>`, as HTML tokenizes them.
function readAttributes(html: string, from: number): StartTag | undefined {
  const attributes = new Map<string, string>();
  let i = from;
  while (i < html.length) {
    const char = html.charAt(i);
    if (char === '>') return { end: i + 1, attributes };
    if (isSpace(char) || char === '/') {
      i++;
      continue;
    }
    // A name runs to white space, `/`, `>` or `=` (an `=` first is part of it).
    let end = i + 1;
    while (end < html.length && !isSpace(html.charAt(end)) && !'/>='.includes(html.charAt(end))) end++;
    const name = html.slice(i, end).toLowerCase();
    i = end;
    while (isSpace(html.charAt(i))) i++;
    let value = '';
    if (html.charAt(i) === '=') {
      i++;
      while (isSpace(html.charAt(i))) i++;
      const quote = html.charAt(i);
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) return undefined;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const start = i;
        while (i < html.length && !isSpace(html.charAt(i)) && html.charAt(i) !== '>') i++;
        value = html.slice(start, i);
      }
    }
    if (!attributes.has(name)) attributes.set(name, value);
  }
  return undefined;
}

function hasClass(attributes: ReadonlyMap<string, string>, name: string): boolean {
  return (attributes.get('class') ?? '').split(/[ \t\n\f\r]+/).includes(name);
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\f' || char === '\r';
}

function isTagNameEnd(char: string): boolean {
  return isSpace(char) || char === '>' || char === '/';
}

// Say where JSON.parse stopped, without its message's quote of the text.
function jsonFault(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const at = /at position (\d+)(?: \(line (\d+) column (\d+)\))?/.exec(message);
  if (at?.[2] !== undefined) return `its syntax breaks at line ${at[2]}, column ${at[3]}`;
  if (at) return `its syntax breaks at character ${Number(at[1]) + 1}`;
  if (message.includes('end of JSON input')) return 'it ends before its JSON does';
  return 'it has a character JSON does not allow (the file is not quoted here)';
}

function digest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

// Shorten a string from the site for a message: it may be as long as the file it came from.
function clip(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

function mebibytes(bytes: number): string {
  const mib = bytes / (1 << 20);
  return `${Number.isInteger(mib) ? mib : mib.toFixed(2)} MiB (${bytes.toLocaleString('en-US')} bytes)`;
}

function zodMismatches(location: string, error: z.ZodError, what: string): Mismatch[] {
  return error.issues.map((issue) => ({
    location,
    message: `${what}: ${clip(issue.message, 300)}${issue.path.length > 0 ? ` at ${clip(issue.path.join('.'), 300)}` : ''}`,
  }));
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
