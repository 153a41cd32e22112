import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { headersFor, readHeadersFile, type HostHeaders } from './host-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server over a built site. */
export interface StaticServer {
  /** The base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Stop serving. */
  close(): Promise<void>;
}

/** Options of `serveStatic`. */
export interface ServeOptions {
  /**
   * Send the response headers of the site's own `_headers` file (public/_headers, copied into the
   * build), as Netlify and Cloudflare Pages do: CORS, content types, security headers. Its paths are
   * read relative to the base path. Default: false, only a content type by file extension.
   */
  hostHeaders?: boolean;
}

/**
 * Serve a built site (`/a/` → `a/index.html`) on a free local port, as a static host would, under
 * its base path (`/legal/` → the folder's root; nothing is served outside it).
 */
export async function serveStatic(root: string, base = '/', { hostHeaders = false }: ServeOptions = {}): Promise<StaticServer> {
  const rules: HostHeaders = hostHeaders ? readHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : {};
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(base)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: outside the base path');
      return;
    }
    let file = normalize(join(root, path.slice(base.length - 1)));
    if (!file.startsWith(normalize(root))) file = join(root, '404');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    for (const [name, value] of Object.entries(headersFor(rules, path.slice(base.length - 1)))) headers[name.toLowerCase()] = value;
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
