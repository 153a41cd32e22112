import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CalendarDate } from '../../src/lib/dates/index.ts';
import { buildTimeline, checkRevisionFile, formatProblems, sourceSha256 } from '../../src/lib/policies/index.ts';
import { scanDeclarationOfDocument, scanDeclarationOfRevision, type ScanDeclaration } from '../../src/lib/scan/index.ts';
import { shownPath } from '../../src/node/check-policies-dir.ts';
import { readPolicyFiles, readRegularFile } from '../../src/node/read-policy-files.ts';

/** A declaration to scan against, and where it was read, as reports name it. */
export type ReadDeclaration = { declaration: ScanDeclaration; source: string } | { error: string };

// A published declaration is a few kilobytes; this bounds what a hostile URL can make the scan read.
const MAX_DECLARATION_BYTES = 5 * 1024 * 1024;
const REVISION_NAME = /^\d{4}-\d{2}-\d{2}\.mdx$/;

/**
 * Read the declaration of `policy`'s revision in force on `asOf` from the policies folder `root` —
 * the latest `YYYY-MM-DD.mdx` on or before that day — checked as the build checks it, or say why
 * there is none to scan against.
 */
export function readDeclarationInForce(root: string, policy: string, asOf: CalendarDate, cwd: string = process.cwd()): ReadDeclaration {
  const shownRoot = shownPath(root, cwd);
  const shown = `${shownRoot}/${policy}`;
  if (!existsSync(join(root, policy))) {
    const policies = existsSync(root) ? readdirSync(root).filter((name) => !name.includes('.')) : [];
    const known = policies.length > 0 ? `the policies are: ${policies.join(', ')}` : `${shownRoot} has no policy folders`;
    return { error: `${shown} does not exist — ${known}; choose one with --policy, set POLICIES_DIR, or give --declaration <url-or-file>` };
  }
  // The whole folder, as the build reads it: revision files are then decoded strictly, as UTF-8.
  const read = readPolicyFiles(root, shownRoot);
  const prefix = `${policy}/`;
  const files = read.files.filter((f) => f.path.startsWith(prefix)).map((f) => ({ ...f, path: f.path.slice(prefix.length) }));
  const dated = (path: string): boolean => REVISION_NAME.test(path) && path.slice(0, 10) <= asOf;
  // Which revision is in force on `asOf` is decided as the site decides it (buildTimeline), by the
  // effective date each file is named after (the revision's check holds its front matter to it).
  const revisions = files
    .filter((f) => REVISION_NAME.test(f.path))
    .map((file) => ({ effective: file.path.slice(0, 10) as CalendarDate, file }));
  const inForce = buildTimeline(revisions, asOf).inForce?.revision.file;
  // A revision that cannot be read (a link, not UTF-8) may be the one in force: never fall back to an older one.
  const unread = read.problems.filter((p) => {
    if (!p.file.startsWith(`${shown}/`)) return false;
    const path = p.file.slice(shown.length + 1);
    return dated(path) && (!inForce || path > inForce.path);
  });
  if (unread.length > 0) return { error: `the revision in force on ${asOf} cannot be read:\n${formatProblems(unread)}` };
  if (!inForce) return { error: `${shown} has no revision in force on ${asOf} — give another --as-of, or write its first revision` };
  const file = `${shown}/${inForce.path}`;
  const check = checkRevisionFile(file, inForce.path, inForce.text);
  if (check.problems.length > 0 || !check.revision) {
    return {
      error: `${file}, in force on ${asOf}, has problems (npm run policy:check lists them all):\n${formatProblems(check.problems)}`,
    };
  }
  const { declaration, effective } = check.revision.data;
  if (!declaration) {
    return {
      error: `${file}, in force on ${asOf}, declares no cookies — write its "declaration:" (see the README, "The cookie declaration"), or choose another --policy`,
    };
  }
  return {
    declaration: scanDeclarationOfRevision({ policy, version: effective, sourceSha256: sourceSha256(inForce.text) }, declaration),
    source: file,
  };
}

/**
 * Read a published declaration document — from an http(s) URL, or a file — and check it
 * (`scanDeclarationOfDocument`), or say why it cannot be used.
 */
export async function readPublishedDeclaration(location: string, timeout: number): Promise<ReadDeclaration> {
  let text: string;
  let bytes: Uint8Array;
  if (/^https?:\/\//i.test(location)) {
    try {
      const response = await fetch(location, { signal: AbortSignal.timeout(timeout), headers: { accept: 'application/json' } });
      if (!response.ok) return { error: `${location} answered HTTP ${response.status} — give the URL of a published declaration.json` };
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError')
        return {
          error: `${location} did not answer within --timeout ${timeout.toLocaleString('en')} ms — give a longer --timeout, or a saved copy of the file`,
        };
      return {
        error: `${location} could not be fetched (${fetchFailure(error)}) — check the address and that the site answers, or give a saved copy of the file`,
      };
    }
    if (bytes.length > MAX_DECLARATION_BYTES)
      return {
        error: `${location} is ${bytes.length.toLocaleString('en')} bytes, more than a declaration can be (${MAX_DECLARATION_BYTES.toLocaleString('en')}) — give the URL of /api/<policy>/declaration.json, not of another file`,
      };
  } else {
    const read = readRegularFile(location, { maxBytes: MAX_DECLARATION_BYTES, followLink: true });
    if (typeof read === 'string') return { error: `${location} ${read}` };
    bytes = read;
  }
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: `${location} is not UTF-8 text — give a declaration.json as the site publishes it` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: `${location} is not JSON (${(error as Error).message}) — give a declaration.json as the site publishes it` };
  }
  const read = scanDeclarationOfDocument(location, json);
  return 'error' in read ? read : { declaration: read.declaration, source: location };
}

// Why a fetch failed: Node's "fetch failed" says nothing; its cause names the refused connection or the unknown host.
function fetchFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}
