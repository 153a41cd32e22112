import { describe, expect, test } from 'vitest';
import { generateHistory } from '../../../src/lib/synthetic/generate-history.ts';

const BASE = `# Terms

## 1. Accounts

You must keep your account secure and tell us about any breach of your account.

You are responsible for everything done with your account.

## 2. Payment

You pay the fees listed on the pricing page, in advance, every month.

## 3. Termination

We may end this agreement when you break these terms, after notice.

## 4. Contact

Write to legal at the address below with any question about these terms.
`;

describe('generateHistory', () => {
  test('makes the requested number of revisions, dated at the chosen step, starting from the base text', () => {
    const history = generateHistory(BASE, { revisions: 10, start: '2024-01-01', stepDays: 7 });
    expect(history).toHaveLength(10);
    expect(history.map((r) => r.effective).slice(0, 3)).toEqual(['2024-01-01', '2024-01-08', '2024-01-15']);
    expect(history[0]?.body).toBe(BASE);
    expect(new Set(history.map((r) => r.body)).size).toBeGreaterThan(5);
  });

  test('is deterministic for a seed, and differs between seeds', () => {
    const one = generateHistory(BASE, { revisions: 20, seed: 7 });
    expect(generateHistory(BASE, { revisions: 20, seed: 7 })).toEqual(one);
    expect(generateHistory(BASE, { revisions: 20, seed: 8 })).not.toEqual(one);
  });

  test('moves sections and renumbers them in order', () => {
    const history = generateHistory(BASE, { revisions: 30, seed: 3, moveRate: 1, wordEdits: 0, insertRate: 0, deleteRate: 0 });
    const last = history.at(-1)?.body ?? '';
    expect([...last.matchAll(/^## (\d+)\./gm)].map((m) => m[1])).toEqual(['1', '2', '3', '4']);
    expect(history.some((r) => r.body.indexOf('Payment') < r.body.indexOf('Accounts'))).toBe(true);
  });
});
