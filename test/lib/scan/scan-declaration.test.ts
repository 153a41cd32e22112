import { describe, expect, test } from 'vitest';
import { sealDocument, type DeclarationDocument } from '../../../src/lib/declaration/index.ts';
import { sourceSha256 } from '../../../src/lib/policies/index.ts';
import { scanDeclarationOfDocument, scanDeclarationOfRevision, type ScanDeclaration } from '../../../src/lib/scan/index.ts';
import { shopDocument, shopRevision } from '../../helpers/scan-fixtures.ts';

const fromRevision = (): ScanDeclaration => {
  const { text, declaration } = shopRevision();
  return scanDeclarationOfRevision({ policy: 'cookies', version: '2026-01-01', sourceSha256: sourceSha256(text) }, declaration);
};

// Re-seal a document after changing it, as a publisher would (the digest then holds).
const resealed = (change: (document: DeclarationDocument) => DeclarationDocument): DeclarationDocument => {
  const { integrity: _integrity, ...content } = change(shopDocument());
  return sealDocument(content);
};

describe('scanDeclarationOfRevision', () => {
  test('reads each category’s consent, and each cookie’s pattern, storage, category, domains and lifetime', () => {
    const scan = fromRevision();
    expect(scan.categories).toEqual([
      { id: 'essential', name: 'Essential Cookies', consent: 'required' },
      { id: 'analytics', name: 'Analytics Cookies', consent: 'opt-in' },
      { id: 'functionality', name: 'Functionality Cookies', consent: 'opt-in' },
    ]);
    const byName = new Map(scan.cookies.map((c) => [c.name, c]));
    expect(byName.get('sid')).toMatchObject({
      index: 0,
      match: 'exact',
      storage: 'http_cookie',
      category: 'essential',
      domains: [],
      duration: null,
    });
    expect(byName.get('last_page')).toMatchObject({ storage: 'session_storage', duration: null });
    expect(byName.get('prefs')?.duration).toEqual({ iso: 'P30D', seconds: 30 * 86400 });
    expect(['_an_id', '_an_', 'x_an_id'].map((name) => byName.get('_an_')?.pattern.test(name))).toEqual([true, true, false]);
    expect(['_gcl_au', '_gcl_', '_gclx'].map((name) => byName.get('_gcl_*')?.pattern.test(name))).toEqual([true, true, false]);
    expect(scan.digest).toBeNull();
  });
});

describe('scanDeclarationOfDocument', () => {
  test('reads a published declaration as the revision reads, with its checked digest', () => {
    const document = shopDocument();
    const read = scanDeclarationOfDocument('declaration.json', document);
    expect(read).toEqual({ declaration: { ...fromRevision(), digest: document.integrity.digest } });
  });

  test('makes each pattern from the name and match, never running the document’s own', () => {
    const document = resealed((d) => ({ ...d, cookies: d.cookies.map((c) => ({ ...c, pattern: '^.*$' })) }));
    const read = scanDeclarationOfDocument('declaration.json', document);
    if ('error' in read) throw new Error(read.error);
    expect(read.declaration.cookies.find((c) => c.name === 'sid')?.pattern.test('anything')).toBe(false);
  });

  test.each([
    [
      'not an object',
      () => 'cookies',
      /^declaration\.json is not a Redline cookie declaration: the document is "cookies" — it must be an object — give the URL/,
    ],
    [
      'categories that are not a list',
      () => ({ ...shopDocument(), categories: 'all' }),
      /^declaration\.json is not a Redline cookie declaration: "categories" is "all" — it must be a list — give the URL of \/api\/<policy>\/declaration\.json/,
    ],
    [
      'without a field, with a wrong version and an unknown field',
      () => {
        const { changes: _, ...rest } = shopDocument();
        return { ...rest, specVersion: '9.9', extra: true };
      },
      /: "specVersion" is "9\.9" — it must be "1\.0"; the document has no "changes" — it must be an object; the document has an unknown field "extra" — a Redline declaration has none such — give the URL/,
    ],
    [
      'with a long value, cut short',
      () => ({ ...shopDocument(), categories: [{ ...shopDocument().categories[0], id: 7 }], policy: 'x'.repeat(500) }),
      /: "policy" is "x{56}\.\.\. — it must be an object; "categories\[0\]\.id" is 7 — it must be text — give/,
    ],
    [
      'altered after it was sealed',
      () => ({ ...shopDocument(), cookies: [] }),
      /^declaration\.json does not match its integrity digest [0-9a-f]{64} \(its content hashes to [0-9a-f]{64}\) — it was altered after it was published/,
    ],
    [
      'sealed with a name pattern that could take exponential time',
      () => resealed((d) => ({ ...d, cookies: [{ ...d.cookies[0]!, name: '(a+)+', match: 'regex' as const }] })),
      /^declaration\.json: "cookies\[0\]" name: "\(a\+\)\+" repeats a group that itself repeats/,
    ],
    [
      'sealed with a lifetime in months',
      () => resealed((d) => ({ ...d, cookies: [{ ...d.cookies[1]!, duration: { iso: 'P6M', seconds: 0 } }] })),
      /^declaration\.json: "cookies\[0\]" duration: "P6M" is not an ISO 8601 duration of days and time/,
    ],
  ])('refuses a document %s, saying why', (_name, value, message) => {
    const read = scanDeclarationOfDocument('declaration.json', value());
    expect('error' in read && read.error).toMatch(message);
  });
});
