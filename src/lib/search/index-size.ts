import { count } from '../text/count.ts';

const UNITS = ['KiB', 'MiB', 'GiB'] as const;

/** Write a size in bytes for readers: `1536` → `1.5 KiB`, `999` → `999 bytes` (binary units, one decimal). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return count(bytes, 'byte');
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${UNITS[unit]}`;
}

/** What building the search index did. */
export interface SearchIndexReport {
  /** Pages Pagefind indexed. */
  pages: number;
  /** Files it wrote, and their size on disk in bytes. */
  files: number;
  bytes: number;
  /** Where it wrote them, relative to the site's folder (`pagefind/`). */
  folder: string;
  /** How long indexing took. */
  milliseconds: number;
}

/** Describe the search index for the build log: `search index: 46 pages indexed, 30 files, 1,234,567 bytes (1.2 MiB) in pagefind/, in 1,100 ms`. */
export function describeSearchIndex({ pages, files, bytes, folder, milliseconds }: SearchIndexReport): string {
  return `search index: ${count(pages, 'page')} indexed, ${count(files, 'file')}, ${count(bytes, 'byte')} (${formatBytes(bytes)}) in ${folder}, in ${milliseconds.toLocaleString('en-US')} ms`;
}
