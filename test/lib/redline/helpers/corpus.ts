import { readdirSync, readFileSync } from 'node:fs';

/** The real corpus: GitHub's site policies with their revision history (test/fixtures/corpora, see its README). */
export const CORPUS = new URL('../../../fixtures/corpora/github-site-policy/', import.meta.url);

/** One policy's revisions, oldest first. */
export interface CorpusPolicy {
  name: string;
  dates: string[];
  sources: string[];
}

/** Read every policy of the corpus. */
export function readCorpus(): CorpusPolicy[] {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const folder = new URL(`${name}/`, CORPUS);
      const files = readdirSync(folder)
        .filter((file) => /^\d{4}-\d{2}-\d{2}\.md$/.test(file))
        .sort();
      return {
        name,
        dates: files.map((file) => file.slice(0, 10)),
        sources: files.map((file) => readFileSync(new URL(file, folder), 'utf8')),
      };
    });
}

/** Every adjacent pair and every revision against the latest (each pair once), as [old, new] indices. */
export function corpusPairs(count: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i + 1 < count; i++) pairs.push([i, i + 1]);
  for (let i = 0; i + 2 < count; i++) pairs.push([i, count - 1]);
  return pairs;
}
