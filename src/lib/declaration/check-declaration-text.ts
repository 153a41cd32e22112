import { parseDocument, type Block, type RedlineDocument } from '../redline/index.ts';
import type { Declaration } from './schema.ts';

/** A place where the policy text and its declaration disagree. */
export interface TextMismatch {
  /** What the data says that the text does not, and how to fix it. */
  message: string;
}

/**
 * Check that the text of a revision (its whole source; front matter is skipped) says what the declaration declares, so the two cannot drift apart: every
 * category has a heading with its exact name, every purpose of a category is written in that
 * heading's section, and every third-party use and item of data collected is written in the text.
 * (The text may say more; the declaration must not say anything the text does not.)
 */
export function checkDeclarationText(source: string, declaration: Declaration): TextMismatch[] {
  const document = parseDocument(source);
  const whole = plain(document.blocks);
  const mismatches: TextMismatch[] = [];
  for (const category of declaration.categories) {
    const section = sectionText(document, category.name);
    if (section === null) {
      const headings = document.sections.map((s) => `"${s.title}"`).join(', ');
      mismatches.push({
        message: `declares the category "${category.name}" (${category.id}), but the text has no heading "${category.name}" (it has ${headings}) — add the section or make the names agree`,
      });
      continue;
    }
    for (const purpose of category.purposes) {
      if (!includes(section, purpose)) {
        mismatches.push({
          message: `declares "${purpose}" as a purpose of "${category.name}", but that section of the text does not say it — write it there or remove it from the declaration`,
        });
      }
    }
  }
  for (const [list, items] of [
    ['thirdPartyUses', declaration.thirdPartyUses],
    ['dataCollected', declaration.dataCollected],
  ] as const) {
    for (const item of items) {
      if (!includes(whole, item))
        mismatches.push({
          message: `declares "${item}" in ${list}, but the text does not say it — write it in the text or remove it from the declaration`,
        });
    }
  }
  return mismatches;
}

/** List the headings of a policy's text (its whole source; front matter is skipped), each trimmed, in order. */
export function textHeadings(source: string): string[] {
  return parseDocument(source).sections.map((section) => section.title.trim());
}

// The text of the section under the heading named `title`, up to the next heading of its level or above.
function sectionText(document: RedlineDocument, title: string): string | null {
  const index = document.sections.findIndex((s) => s.title.trim() === title.trim());
  const section = document.sections[index];
  if (!section) return null;
  const next = document.sections.slice(index + 1).find((s) => s.depth <= section.depth);
  return plain(document.blocks.slice(section.block, next ? next.block : document.blocks.length));
}

function plain(blocks: readonly Block[]): string {
  return blocks.map((block) => block.tokens.map((token) => token.text).join('')).join('\n');
}

// Compare as a reader would: case and runs of whitespace do not matter.
function includes(text: string, phrase: string): boolean {
  const squash = (value: string): string => value.toLowerCase().replace(/\s+/g, ' ');
  return squash(text).includes(squash(phrase));
}
