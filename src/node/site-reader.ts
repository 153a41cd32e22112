import { constants } from 'node:fs';
import { lstat, open, stat } from 'node:fs/promises';
import { join, relative, resolve, sep, isAbsolute } from 'node:path';
import type { SiteReader } from '../lib/integrity/index.ts';

/** Options of `siteReader`. */
export interface SiteReaderOptions {
  /** How long one HTTP read may take, redirects and the whole body included, in milliseconds (default 30 000). */
  timeout?: number;
}

/** Return a reader of a published site: over HTTP(S) when `target` is a URL, else from the folder at that path. */
export function siteReader(target: string, options: SiteReaderOptions = {}): SiteReader {
  return /^https?:\/\//i.test(target) ? urlReader(target, options) : folderReader(target);
}

// Bytes read from a file or a response at a time.
const CHUNK = 64 << 10;

/**
 * Return a reader of a built site in a folder (`astro build`'s `dist/`, or a downloaded copy): a
 * path ending in `/`, or naming a folder, reads its `index.html`, as a static host serves it. Only
 * regular files inside the folder are read: a symbolic link (the file, or a folder on the way) or
 * a device is refused, since a link could lead to any file on the machine, and a device or a pipe
 * might never end.
 */
export function folderReader(dir: string): SiteReader {
  const root = resolve(dir);
  const fileOf = (path: string): string | undefined => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return undefined;
    }
    const file = join(root, decoded, decoded.endsWith('/') ? 'index.html' : '');
    const inside = relative(root, file);
    // A path the site names must not lead out of the folder (`/../../etc/passwd`).
    return inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside) ? undefined : file;
  };
  return {
    describe: (path) => fileOf(path) ?? `${root}${path}`,
    async read(path, maxBytes) {
      const file = fileOf(path);
      if (file === undefined) throw new Error(`the path ${path} leads outside the folder ${root}`);
      // Walk down from the root with lstat, so that no link on the way is followed.
      let current = root;
      // The folder itself was named by the user, and may be a link.
      let found = await lstatOrNull(root, true);
      const parts = relative(root, file)
        .split(sep)
        .filter((part) => part !== '');
      for (const part of parts) {
        // A file where a folder should be: nothing at that path, as a static host would say.
        if (!found?.isDirectory()) return null;
        current = join(current, part);
        found = await lstatOrNull(current);
        if (found === null) return null;
        if (found.isSymbolicLink()) throw refused(current === file ? 'it' : current, 'a symbolic link');
      }
      if (found?.isDirectory()) {
        current = join(current, 'index.html');
        found = await lstatOrNull(current);
        if (found === null) return null;
        if (found.isSymbolicLink()) throw refused(current === file ? 'it' : current, 'a symbolic link');
      }
      return readRegularFile(current, current === file ? 'it' : current, maxBytes);
    },
  };
}

async function lstatOrNull(path: string, follow = false): Promise<Awaited<ReturnType<typeof lstat>> | null> {
  try {
    return await (follow ? stat(path) : lstat(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

// `shown` is the path, or "it" for the file the message is about already.
function refused(shown: string, what: string): Error {
  return new Error(
    `${shown} is ${what} — policy:verify reads only regular files inside the folder, never what a link or device leads to; put the file itself there`,
  );
}

// Read at most `maxBytes + 1` bytes of a regular file. O_NOFOLLOW refuses a link put in its place
// since the lstat, O_NONBLOCK keeps a pipe from blocking the open, and fstat checks what was opened.
async function readRegularFile(path: string, shown: string, maxBytes: number): Promise<Uint8Array | null> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    if (code === 'ELOOP') throw refused(shown, 'a symbolic link');
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile())
      throw refused(shown, stats.isDirectory() ? 'a folder, not a file' : 'not a regular file (a device, pipe or socket)');
    const chunks: Uint8Array[] = [];
    let total = 0;
    while (total <= maxBytes) {
      const buffer = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    return concat(chunks, total);
  } finally {
    await handle.close();
  }
}

// Redirects followed, if they stay on the site's origin.
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

/**
 * Return a reader of a site over HTTP(S) with the global fetch: paths are read relative to `base`
 * (so a site served under a folder works too); 404 and 410 are "not there", any other failure is an
 * error naming the status or the network's reason. Redirects are followed only on the origin of
 * `base` (`/cookies` to `/cookies/`); one to another origin is an error naming where it led, since
 * what is read there is not the site that was asked for. A body is read as it streams in, and the
 * read stops (the response is cancelled) as soon as it passes the caller's limit.
 */
export function urlReader(base: string, { timeout = 30_000 }: SiteReaderOptions = {}): SiteReader {
  const root = new URL(base);
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  root.search = '';
  root.hash = '';
  const urlOf = (path: string): URL => new URL(path.replace(/^\/+/, ''), root);
  return {
    describe: (path) => urlOf(path).href,
    async read(path, maxBytes) {
      const signal = AbortSignal.timeout(timeout);
      let url = urlOf(path);
      let response = await fetchOnce(url, signal);
      for (let redirects = 0; REDIRECTS.has(response.status); redirects++) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (location === null) throw new Error(`HTTP ${response.status} redirect without a Location header`);
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          throw new Error(`HTTP ${response.status} redirects to ${JSON.stringify(clip(location))}, which is not a URL`);
        }
        if (next.origin !== root.origin) {
          throw new Error(
            `redirects (HTTP ${response.status}) to ${clip(next.href)}, another origin than ${root.origin} — policy:verify reads a site only from the origin it is given; verify ${next.origin} itself if the site has moved there`,
          );
        }
        if (redirects === MAX_REDIRECTS) throw new Error(`redirects more than ${MAX_REDIRECTS} times (the last to ${clip(next.href)})`);
        url = next;
        response = await fetchOnce(url, signal);
      }
      if (response.status === 404 || response.status === 410) {
        await response.body?.cancel();
        return null;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new Error(`HTTP ${response.status}${response.statusText ? ` ${clip(response.statusText)}` : ''}`);
      }
      return readBody(response, maxBytes);
    },
  };
}

async function fetchOnce(url: URL, signal: AbortSignal): Promise<Response> {
  try {
    return await fetch(url, { redirect: 'manual', signal });
  } catch (error) {
    throw new Error(`fetch failed (${reason(error)})`, { cause: error });
  }
}

// Read a response body until it ends or passes `maxBytes`, then stop: cancelling the stream closes
// the connection, so an endless body costs at most one chunk more than the limit.
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        break;
      }
    }
  } catch (error) {
    throw new Error(`the response broke off (${reason(error)})`, { cause: error });
  }
  return concat(chunks, total);
}

// fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, a timeout) is its cause.
function reason(error: unknown): string {
  const cause = (error as Error & { cause?: unknown }).cause;
  return cause instanceof Error ? cause.message : (error as Error).message;
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

// Shorten what a server sent for a message.
function clip(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}
