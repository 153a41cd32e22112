import { describe, expect, test } from 'vitest';
import {
  buildLogNotes,
  findDisclosureNotes,
  formatDisclosureNotes,
  problemAt,
  type RevisionNotes,
} from '../../../src/lib/policies/index.ts';

const revision = (cookies: string): string => `---
effective: 2026-05-01
change: editorial
summary: Names the cookies.
declaration:
  providers:
    - { id: mailly, name: Mailly, party: first }
  cookies:
${cookies}
---

Text.
`;

describe('findDisclosureNotes', () => {
  test('places each note at its file’s declaration, naming the item, and leaves what does not parse to the checks', () => {
    // A note; a declaration the schema refuses (its category is undeclared); a file that is not a revision; broken YAML.
    const files = [
      { path: 'cookies/2026-05-01.mdx', text: revision('    - { name: "a?", match: glob, provider: mailly, purpose: A., session: true }') },
      { path: 'cookies/2026-06-01.mdx', text: revision('    - { name: ok, provider: mailly, purpose: B., category: essential, session: true }') },
      { path: 'cookies/notes.md', text: revision('    - { name: "b?", match: glob, provider: mailly, purpose: C., session: true }') },
      { path: 'cookies/2026-07-01.mdx', text: '---\neffective: [\n---\n' },
    ];
    const revisions = findDisclosureNotes(files, { root: 'policies', siteDomain: 'mailly.io' });
    expect(revisions.map((r) => [r.policy, r.effective, r.notes.length])).toEqual([['cookies', '2026-05-01', 2]]);
    expect(formatDisclosureNotes(revisions)).toEqual([
      expect.stringMatching(/^policies\/cookies\/2026-05-01\.mdx:5: front matter "declaration\.cookies\[0\]": "a\?" \(match: glob\) is left out of the device storage disclosure: it is a glob with \?/),
      // Its only item left out: no disclosure rather than an empty one.
      expect.stringMatching(/^policies\/cookies\/2026-05-01\.mdx:5: front matter "declaration": has no stored item the device storage disclosure can list/),
    ]);
  });

  test('finds nothing in a declaration the disclosure says whole', () => {
    const files = [
      {
        path: 'cookies/2026-05-01.mdx',
        text: revision('    - { name: _mly_, match: prefix, provider: mailly, purpose: A., duration: P30D, domains: [mailly.io] }').replace(
          '  cookies:',
          '  categories:\n    - { id: essential, name: Essential, description: D., purposes: [login], required: true }\n  cookies:',
        ).replace('purpose: A.,', 'purpose: A., category: essential,'),
      },
    ];
    expect(findDisclosureNotes(files, { siteDomain: 'mailly.io' })).toEqual([]);
  });
});

// Notes as findDisclosureNotes gives them, for revisions of `policy` (file names from the dates).
function notesOf(policy: string, effective: string, ...messages: string[]): RevisionNotes {
  return { policy, effective, notes: messages.map((message) => problemAt(`policies/${policy}/${effective}.mdx`, message, 5)) };
}

const NONE = 'front matter "declaration": names no cookies or other stored items';

describe('formatDisclosureNotes', () => {
  test('writes a note repeated word for word in earlier revisions of a policy once, at the newest, and names the others on one line', () => {
    const revisions = [
      notesOf('cookies', '2025-01-20', NONE),
      notesOf('cookies', '2025-09-01', NONE, 'front matter "declaration.cookies[0]": "a?" is left out'),
      notesOf('cookies', '2026-03-14', NONE),
      notesOf('terms', '2024-01-01', NONE),
    ];
    expect(formatDisclosureNotes(revisions)).toEqual([
      `policies/cookies/2026-03-14.mdx:5: ${NONE}`,
      '… and 2 earlier revisions with the same note: 2025-01-20, 2025-09-01',
      'policies/cookies/2025-09-01.mdx:5: front matter "declaration.cookies[0]": "a?" is left out',
      // Another policy's note is its own, though worded alike.
      `policies/terms/2024-01-01.mdx:5: ${NONE}`,
    ]);
  });

  test('gives the first and last date of many revisions that repeat a note', () => {
    const dates = ['2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01'];
    expect(formatDisclosureNotes(dates.map((date) => notesOf('cookies', date, NONE)))).toEqual([
      `policies/cookies/2024-01-01.mdx:5: ${NONE}`,
      '… and 4 earlier revisions with the same note, 2020-01-01 to 2023-01-01',
    ]);
  });
});

describe('buildLogNotes', () => {
  test('writes the notes of the revisions that can still change, and one line for the settled ones', () => {
    const revisions = [
      notesOf('cookies', '2025-01-20', NONE),
      notesOf('cookies', '2025-09-01', NONE, 'front matter "declaration.cookies[0]": "a?" is left out'),
      notesOf('cookies', '2026-03-14', NONE),
      notesOf('cookies', '2026-05-01', 'front matter "declaration.cookies[1]": "b?" is left out'),
    ];
    const settled = ({ effective }: RevisionNotes): boolean => effective < '2026-03-14';
    expect(buildLogNotes(revisions, settled)).toEqual([
      `policies/cookies/2026-05-01.mdx:5: front matter "declaration.cookies[1]": "b?" is left out`,
      `policies/cookies/2026-03-14.mdx:5: ${NONE}`,
      '… and 3 device storage disclosure notes on 2 earlier revisions, superseded and locked, so their declarations stay as they are — npm run policy:check lists them',
    ]);
    expect(buildLogNotes(revisions.slice(0, 1), () => true)).toEqual([
      '… and 1 device storage disclosure note on 1 earlier revision, superseded and locked, so its declaration stays as it is — npm run policy:check lists it',
    ]);
    expect(buildLogNotes(revisions.slice(2), settled)).toHaveLength(2);
  });
});
