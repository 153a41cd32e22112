import { describe, expect, test } from 'vitest';
import { consentModeDefault, consentModeUpdate, type ConsentDeclaration } from '../../../src/lib/consent/index.ts';
import { declarationChain } from '../../helpers/consent-declarations.ts';

const [declaration] = declarationChain([
  { effective: '2026-03-14', categories: ['essential', 'analytics', 'functionality'] },
]) as unknown as ConsentDeclaration[];

describe('consentModeDefault', () => {
  test('denies every Consent Mode v2 type and asks tags to wait for the update', () => {
    expect(consentModeDefault(500)).toEqual({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'denied',
      wait_for_update: 500,
    });
  });
});

describe('consentModeUpdate', () => {
  test('grants the types of required and granted categories, and denies the rest and the ungoverned', () => {
    expect(consentModeUpdate(declaration!, ['analytics'])).toEqual({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'granted',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
    });
  });

  test('grants a type only when every category governing it is granted', () => {
    const shared: ConsentDeclaration = {
      ...declaration!,
      categories: declaration!.categories.map((c) => (c.id === 'functionality' ? { ...c, consentMode: ['analytics_storage'] } : c)),
    };
    expect(consentModeUpdate(shared, ['analytics']).analytics_storage).toBe('denied');
    expect(consentModeUpdate(shared, ['analytics', 'functionality']).analytics_storage).toBe('granted');
  });
});
