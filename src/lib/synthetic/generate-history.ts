import { addDays, type CalendarDate } from '../dates/index.ts';
import { pick, seededRandom, type Random } from './random.ts';

/** How a synthetic history is made. */
export interface SyntheticOptions {
  /** Number of revisions, the base text being the first. */
  revisions: number;
  /** Seed of the random choices: the same seed gives the same history. Default 1. */
  seed?: number;
  /** Effective date of the first revision. Default 2020-01-01. */
  start?: CalendarDate;
  /** Days between revisions. Default 30. */
  stepDays?: number;
  /** Word replacements per revision. Default 5. */
  wordEdits?: number;
  /** Chance per revision of a paragraph inserted, deleted, and a section moved (the sections are then renumbered). Defaults 0.3, 0.2, 0.1. */
  insertRate?: number;
  deleteRate?: number;
  moveRate?: number;
}

/** One generated revision. */
export interface SyntheticRevision {
  effective: CalendarDate;
  body: string;
}

/**
 * Make a realistic revision chain from one real text, deterministically: each revision replaces some
 * words, and now and then inserts or deletes a paragraph or moves a numbered section (renumbering
 * the sections after it), as legal revisions do.
 */
export function generateHistory(base: string, options: SyntheticOptions): SyntheticRevision[] {
  const {
    revisions,
    seed = 1,
    start = '2020-01-01',
    stepDays = 30,
    wordEdits = 5,
    insertRate = 0.3,
    deleteRate = 0.2,
    moveRate = 0.1,
  } = options;
  const random = seededRandom(seed);
  let blocks = base.trim().split(/\n{2,}/);
  const vocabulary = [...new Set(base.match(/\b[a-z]{4,}\b/g) ?? ['policy'])];
  const history: SyntheticRevision[] = [];
  for (let i = 0; i < revisions; i++) {
    if (i > 0) {
      for (let k = 0; k < wordEdits; k++) blocks = editWord(blocks, random, vocabulary);
      if (random() < insertRate) blocks = insertParagraph(blocks, random, vocabulary);
      if (random() < deleteRate) blocks = deleteParagraph(blocks, random);
      if (random() < moveRate) blocks = renumber(moveSection(blocks, random));
    }
    history.push({ effective: addDays(start, i * stepDays), body: `${blocks.join('\n\n')}\n` });
  }
  return history;
}

const isProse = (block: string): boolean => !/^(#|\||```|<|\{)/.test(block) && /\s/.test(block);

function prose(blocks: readonly string[], random: Random): number {
  const candidates = blocks.flatMap((block, index) => (isProse(block) ? [index] : []));
  return candidates.length === 0 ? -1 : (candidates[pick(random, candidates.length)] as number);
}

function editWord(blocks: string[], random: Random, vocabulary: readonly string[]): string[] {
  const index = prose(blocks, random);
  if (index < 0) return blocks;
  const words = (blocks[index] as string).split(' ');
  const at = pick(random, words.length);
  if (/^[a-z]+$/.test(words[at] ?? '')) words[at] = vocabulary[pick(random, vocabulary.length)] as string;
  return blocks.map((block, i) => (i === index ? words.join(' ') : block));
}

function insertParagraph(blocks: string[], random: Random, vocabulary: readonly string[]): string[] {
  const words = Array.from({ length: 12 + pick(random, 30) }, () => vocabulary[pick(random, vocabulary.length)]);
  const sentence = `${words.join(' ')}.`;
  const at = pick(random, blocks.length + 1);
  return [...blocks.slice(0, at), sentence.charAt(0).toUpperCase() + sentence.slice(1), ...blocks.slice(at)];
}

function deleteParagraph(blocks: string[], random: Random): string[] {
  const index = prose(blocks, random);
  return index < 0 ? blocks : blocks.filter((_, i) => i !== index);
}

// A section: a level-2 heading and everything up to the next one.
function moveSection(blocks: string[], random: Random): string[] {
  const starts = blocks.flatMap((block, index) => (/^## /.test(block) ? [index] : []));
  if (starts.length < 3) return blocks;
  const which = pick(random, starts.length);
  const from = starts[which] as number;
  const to = starts[which + 1] ?? blocks.length;
  const section = blocks.slice(from, to);
  const rest = [...blocks.slice(0, from), ...blocks.slice(to)];
  const targets = rest.flatMap((block, index) => (/^## /.test(block) ? [index] : [])).concat(rest.length);
  const at = targets[pick(random, targets.length)] as number;
  return [...rest.slice(0, at), ...section, ...rest.slice(at)];
}

// Sections numbered "## 3. Title" or "## C. Title" are renumbered in order after a move.
function renumber(blocks: string[]): string[] {
  let n = 0;
  return blocks.map((block) => {
    const match = /^## (\d+|[A-Z])\. (.*)$/s.exec(block);
    if (!match) return block;
    n++;
    const label = /^\d+$/.test(match[1] as string) ? String(n) : String.fromCharCode(64 + Math.min(n, 26));
    return `## ${label}. ${match[2]}`;
  });
}
