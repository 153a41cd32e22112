import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, readlinkSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { decodePolicyFile, problemAt, type PolicyFile, type PolicyProblem } from '../lib/policies/index.ts';

/** What reading a policies folder found: its files, and the entries Redline refuses to read. */
export interface PolicyFilesRead {
  /** Every regular file that could be read, with paths relative to the folder, in a stable order. */
  files: PolicyFile[];
  /** Links, pipes, sockets and devices, and policy text that is not UTF-8 — each named, with the fix. */
  problems: PolicyProblem[];
}

// Text the checks and the site read, decoded strictly: Markdown, MDX and YAML in a policy folder, and
// anything named like a revision. Other files (images, notes) keep the lenient decoding they had.
const POLICY_TEXT = /\.(?:mdx?|markdown|ya?ml)$|^\d{4}-\d{2}-\d{2}/i;

// Open without following a link (if one replaced the file since the folder was listed) and without
// waiting on a pipe; both flags are 0 where the platform lacks them.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Read every file under the policies folder at `dir` (skipping dot entries) as `PolicyFile`s, and
 * refuse what is not a regular file: a symbolic link (to a file or a folder: it is never followed,
 * it could point anywhere on the build machine), a named pipe, a socket or a device. Policy text that
 * is not valid UTF-8 is refused too. `shown` is the folder as messages name it.
 */
export function readPolicyFiles(dir: string, shown: string = dir): PolicyFilesRead {
  const files: PolicyFile[] = [];
  const problems: PolicyProblem[] = [];
  const pending = [''];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
      const file = `${shown}/${path}`;
      if (entry.isSymbolicLink()) problems.push(linkProblem(file, join(dir, path)));
      else if (entry.isDirectory()) pending.push(path);
      else if (!entry.isFile())
        problems.push(problemAt(file, `is ${kindOf(entry)}, not a file — Redline reads only regular files: remove it`));
      else {
        const read = readRegularFile(join(dir, path));
        if (typeof read === 'string') problems.push(problemAt(file, read));
        else if (!path.includes('/') || !POLICY_TEXT.test(entry.name)) files.push({ path, text: decoder.decode(read) });
        else {
          const decoded = decodePolicyFile(file, read);
          if ('problem' in decoded) problems.push(decoded.problem);
          else files.push({ path, text: decoded.text });
        }
      }
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  return { files, problems };
}

/** How `readRegularFile` reads. */
export interface RegularFileOptions {
  /** Most bytes to read: a larger file is refused. Default: no limit. */
  maxBytes?: number;
  /** Follow a link given as the path itself (a file named on a command line). Default: false. */
  followLink?: boolean;
}

/**
 * Read a file through its descriptor, never following a link (unless `followLink`) nor waiting on a
 * pipe, and checking it is still a regular file once opened (and not larger than `maxBytes`); or
 * say why not.
 */
export function readRegularFile(path: string, { maxBytes = Infinity, followLink = false }: RegularFileOptions = {}): Uint8Array | string {
  let fd: number;
  try {
    fd = openSync(path, followLink ? OPEN_FLAGS & ~(constants.O_NOFOLLOW ?? 0) : OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ELOOP'
      ? 'is a symbolic link — Redline reads only regular files: replace the link with the file itself'
      : code === 'ENOENT'
        ? 'does not exist'
        : `cannot be read (${code ?? String(error)})`;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return 'is not a regular file — Redline reads only regular files: remove it';
    if (stat.size > maxBytes) return `is ${stat.size} bytes, more than Redline reads (${maxBytes}) — remove it`;
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

function linkProblem(file: string, path: string): PolicyProblem {
  let target = '';
  try {
    target = ` to ${readlinkSync(path)}`;
  } catch {
    // The link is refused whatever it points to.
  }
  return problemAt(
    file,
    `is a symbolic link${target} — Redline reads only regular files and never follows links (one could point anywhere on the build machine): replace the link with the file or folder itself`,
  );
}

function kindOf(entry: Dirent): string {
  if (entry.isFIFO()) return 'a named pipe (FIFO)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}
