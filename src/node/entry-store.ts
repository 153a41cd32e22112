import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A folder of build-cache entries, one file per key, shared by the redline and document caches. */
export interface EntryStore {
  /** The stored bytes of a key (written by this build and not yet on disk, or by an earlier build), or undefined. Marks the key used. */
  read(key: string): Buffer | undefined;
  /** Store an entry: kept in memory at once, written to disk in the background. Marks the key used. */
  write(key: string, data: Buffer): void;
  /** Wait until every entry written so far is on disk (or failed to be). */
  flush(): Promise<void>;
  /** Delete the stored entries this store has not used since it was opened, after a complete build (and flush); return how many. */
  prune(): number;
}

/**
 * Open a folder of entries named `<key><extension>`; a null folder keeps entries in memory only.
 * Entries are written then renamed, so a build that stops half way never leaves half an entry; an
 * unwritable folder only makes the next build slower.
 */
export function createEntryStore(dir: string | null, extension: string): EntryStore {
  const used = new Set<string>();
  // Entries not on disk (yet): the pair's other pages and a revision's other readers find them meanwhile.
  const memory = new Map<string, Buffer>();
  const pathOf = (key: string): string => join(dir ?? '', `${key}${extension}`);
  const pending = new Set<Promise<void>>();
  let made = false;
  return {
    read(key) {
      used.add(key);
      const held = memory.get(key);
      if (held || !dir) return held;
      try {
        return readFileSync(pathOf(key));
      } catch {
        return undefined;
      }
    },
    write(key, data) {
      used.add(key);
      memory.set(key, data);
      if (!dir) return;
      const path = pathOf(key);
      const temp = `${path}.${process.pid}.tmp`;
      // In the background, because a synchronous write per entry was a tenth of a large build.
      const done = (async () => {
        try {
          if (!made) {
            await mkdir(dir, { recursive: true });
            made = true;
          }
          await writeFile(temp, data);
          await rename(temp, path);
          memory.delete(key);
        } catch {
          // The entry stays in memory for this build.
        }
      })();
      pending.add(done);
      void done.finally(() => pending.delete(done));
    },
    async flush() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    prune() {
      if (!dir) return 0;
      let files: string[];
      try {
        files = readdirSync(dir);
      } catch {
        return 0;
      }
      let removed = 0;
      for (const file of files) {
        if (file.endsWith(extension) && used.has(file.slice(0, -extension.length))) continue;
        rmSync(join(dir, file), { force: true });
        removed++;
      }
      return removed;
    },
  };
}
