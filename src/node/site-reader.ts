import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep, isAbsolute } from 'node:path';
import type { SiteReader } from '../lib/integrity/index.ts';

/** Options of `siteReader`. */
export interface SiteReaderOptions {
  /** How long one HTTP request may take, in milliseconds (default 30 000). */
  timeout?: number;
}

/** Return a reader of a published site: over HTTP(S) when `target` is a URL, else from the folder at that path. */
export function siteReader(target: string, options: SiteReaderOptions = {}): SiteReader {
  return /^https?:\/\//i.test(target) ? urlReader(target, options) : folderReader(target);
}

/**
 * Return a reader of a built site in a folder (`astro build`'s `dist/`, or a downloaded copy): a
 * path ending in `/`, or naming a folder, reads its `index.html`, as a static host serves it.
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
    async read(path) {
      const file = fileOf(path);
      if (file === undefined) throw new Error(`the path ${path} leads outside the folder ${root}`);
      try {
        const found = await stat(file);
        return new Uint8Array(await readFile(found.isDirectory() ? join(file, 'index.html') : file));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
        throw error;
      }
    },
  };
}

/**
 * Return a reader of a site over HTTP(S) with the global fetch, following redirects: paths are read
 * relative to `base` (so a site served under a folder works too); 404 and 410 are "not there", any
 * other failure is an error naming the status or the network's reason.
 */
export function urlReader(base: string, { timeout = 30_000 }: SiteReaderOptions = {}): SiteReader {
  const root = new URL(base);
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  root.search = '';
  root.hash = '';
  const urlOf = (path: string): URL => new URL(path.replace(/^\/+/, ''), root);
  return {
    describe: (path) => urlOf(path).href,
    async read(path) {
      let response: Response;
      try {
        response = await fetch(urlOf(path), { redirect: 'follow', signal: AbortSignal.timeout(timeout) });
      } catch (error) {
        // fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, a timeout) is its cause.
        const cause = (error as Error & { cause?: unknown }).cause;
        throw new Error(`fetch failed (${cause instanceof Error ? cause.message : (error as Error).message})`, { cause: error });
      }
      if (response.status === 404 || response.status === 410) {
        await response.body?.cancel();
        return null;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}
