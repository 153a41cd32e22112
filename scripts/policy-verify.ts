// npm run policy:verify — re-derive from a published site alone that its record of every source holds.
import { existsSync, statSync } from 'node:fs';
import { formatMismatches, verificationSummary, verifySite } from '../src/lib/integrity/index.ts';
import { visibleControls } from '../src/lib/text/visible-controls.ts';
import { readCommandLine, refuseUsage } from './lib/read-command-line.ts';
import { siteReader } from '../src/node/site-reader.ts';

const HELP = `Usage: npm run policy:verify -- <site URL | folder> [--head <hash>]

Verifies a published Redline site from what it serves alone — over HTTP(S) for a URL
(https://policies.example.com), or offline for a folder (a build's dist/, or a downloaded copy):

  - the lock (/integrity/redline.lock.json) is a hash chain that verifies link by link from
    GENESIS and ends at the head /api/policies.json gives (integrity.head and .entries)
  - every source the chain records, and every /sources/<sha256>.mdx a page or JSON links, is
    published and its SHA-256 (of the bytes as served) is its name
  - each revision /api/policies.json lists is locked, and its sourceSha256 is the last hash the
    chain records for it; its page prints that hash and links its source, its cookie declaration
    says the same, and its "lock" list is the chain's entries for it
  - what readers see: every URL in /api/policies.json is the permanent one (/<policy>/<date>/,
    /api/<policy>/<date>/declaration.json, …); each revision's page, and the policy's page for
    the revision in force, shows the text Redline renders from the verified source; each cookie
    declaration's integrity.digest is its own; /integrity/ and every feed item print the head

Only the site's own origin is read: a redirect elsewhere is a mismatch. A folder is read as
regular files only (no symbolic links). Reading stops at 16 MiB for a page, feed or
declaration, 64 MiB for the index and the lock, and just over 1 MiB for a source.

  --head <hash>   a head of the chain saved earlier (from /api/policies.json or /integrity/):
                  it must be the hash of an entry of the chain, else the record was rewritten
  --help          this text

Exit status: 0 all holds, 1 mismatches found (each listed as file or URL: what was expected and
found), 2 bad arguments.`;

async function main(argv: string[]): Promise<number> {
  const parsed = readCommandLine(
    { args: argv, allowPositionals: true, options: { head: { type: 'string' }, help: { type: 'boolean' } } },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    return refuseUsage(
      `give one site URL or folder to verify (got ${positionals.length} arguments${positionals.length > 1 ? `: ${positionals.map((arg) => visibleControls(arg)).join(' ')}` : ''})`,
      HELP,
    );
  }
  const target = positionals[0] as string;
  // Everything printed may quote the command line or the site: no control character reaches the terminal.
  const shown = visibleControls(target);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target) && !/^https?:\/\//i.test(target)) {
    return refuseUsage(`${shown} is neither an http(s) URL nor a folder — give https://… or the path of a built site`, HELP);
  }
  if (!/^https?:\/\//i.test(target) && !(existsSync(target) && statSync(target).isDirectory())) {
    return refuseUsage(`${shown} is not a folder — give the folder of a built site (e.g. dist) or its https:// URL`, HELP);
  }
  const head = values.head?.toLowerCase();
  if (head !== undefined && !/^[0-9a-f]{64}$/.test(head)) {
    return refuseUsage(
      `--head "${visibleControls(values.head ?? '')}" is not a SHA-256 (64 hex digits) — copy integrity.head from /api/policies.json`,
      HELP,
    );
  }
  const result = await verifySite(siteReader(target), head === undefined ? {} : { head });
  if (result.mismatches.length > 0) {
    const count = result.mismatches.length === 1 ? '1 mismatch' : `${result.mismatches.length} mismatches`;
    // formatMismatches shows control characters as escapes.
    console.error(`${formatMismatches(result.mismatches)}\n\n${count} in ${shown}: the record does not hold.`);
    return 1;
  }
  console.log(`${shown}: ${verificationSummary(result)}.`);
  // Read from another address than the one the site gives (a mirror, a preview, a local copy): say so,
  // since its links were checked as at the address it gives.
  if (
    /^https?:\/\//i.test(target) &&
    result.publishedAt !== undefined &&
    new URL('./', new URL(target.replace(/\/?$/, '/'))).href !== result.publishedAt
  ) {
    console.log(`Note: read from ${shown}, but the site says it is published at ${result.publishedAt}.`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
