import { describe, expect, test } from 'vitest';
import { translationSchema } from '../../../src/lib/translations/index.ts';

const SHA = 'bf5ea62dd4a47d256ce07e70a98224707b82a90f0d458ad3ad0c5a11ff7add93';

describe('translationSchema', () => {
  test('reads the hash of the source, the texts in the language and the translated categories', () => {
    const data = {
      translationOf: SHA,
      title: ' Cookie-Richtlinie ',
      summary: 'Fügt Leistungs-Cookies hinzu.',
      declaration: {
        categories: [
          { id: 'analytics', name: 'Analyse-Cookies' },
          { id: 'essential', description: 'Nötig.' },
        ],
      },
      allowBidi: false,
    };
    expect(translationSchema.parse(data)).toEqual({ ...data, title: 'Cookie-Richtlinie' });
    expect(translationSchema.parse({ translationOf: SHA, declaration: {} })).toEqual({
      translationOf: SHA,
      declaration: { categories: [] },
    });
  });

  test.each([
    ['no translationOf', { title: 'Cookies' }, ['translationOf']],
    ['an upper-case hash', { translationOf: SHA.toUpperCase() }, ['translationOf']],
    ['the dates of the source', { translationOf: SHA, effective: '2026-03-14' }, []],
    ['a change label', { translationOf: SHA, change: 'material' }, []],
    ['a declaration’s data', { translationOf: SHA, declaration: { categories: [], cookies: [] } }, ['declaration']],
    [
      'a category without id',
      { translationOf: SHA, declaration: { categories: [{ name: 'Analyse-Cookies' }] } },
      ['declaration', 'categories', 0, 'id'],
    ],
    ['an empty summary', { translationOf: SHA, summary: ' ' }, ['summary']],
  ])('refuses %s', (_case, data, path) => {
    const parsed = translationSchema.safeParse(data);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(path);
  });
});
