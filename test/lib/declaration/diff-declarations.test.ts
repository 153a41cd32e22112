import { describe, expect, test } from 'vitest';
import { declarationSchema, diffDeclarations, hasChanges } from '../../../src/lib/declaration/index.ts';

const base = {
  categories: [
    { id: 'essential', name: 'Essential', description: 'Needed.', purposes: ['login'], required: true },
    { id: 'analytics', name: 'Analytics', description: 'Counts.', purposes: ['visits'], required: false, consent: 'opt-in' },
  ],
  providers: [
    { id: 'mailly', name: 'Mailly', party: 'first' },
    { id: 'old', name: 'Old Co', party: 'third' },
  ],
  cookies: [{ name: '_ga', category: 'analytics', provider: 'mailly', purpose: 'Counts.', duration: 'P400D' }],
  dataCollected: ['IP address'],
};

describe('diffDeclarations', () => {
  test('finds categories added, purposes and retention changed, providers removed', () => {
    const before = declarationSchema.parse(base);
    const after = declarationSchema.parse({
      ...base,
      categories: [
        base.categories[0],
        { ...base.categories[1], purposes: ['visits', 'sources'] },
        { id: 'performance', name: 'Performance', description: 'Speed.', purposes: ['speed'], required: false, consent: 'opt-in' },
      ],
      providers: [base.providers[0]],
      cookies: [{ ...base.cookies[0], duration: 'P390D' }],
      dataCollected: ['IP address', 'browser type'],
    });
    expect(diffDeclarations(before, after)).toEqual({
      categories: { added: ['performance'], removed: [], modified: [{ id: 'analytics', fields: ['purposes'] }] },
      providers: { added: [], removed: ['old'], modified: [] },
      cookies: { added: [], removed: [], modified: [{ id: 'http_cookie/_ga', fields: ['duration'] }] },
      thirdPartyUses: { added: [], removed: [] },
      dataCollected: { added: ['browser type'], removed: [] },
      consentControls: { added: [], removed: [], modified: [] },
    });
  });

  test('finds nothing between a declaration and itself', () => {
    const same = declarationSchema.parse(base);
    expect(hasChanges(diffDeclarations(same, same))).toBe(false);
  });
});
