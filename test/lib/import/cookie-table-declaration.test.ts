import { describe, expect, test } from 'vitest';
import { declarationSchema } from '../../../src/lib/declaration/index.ts';
import { cookieTableDeclaration } from '../../../src/lib/import/index.ts';

const TABLE = `# Cookies

Provider of Cookie | Cookie Name | Description | Expiration*
-----------------|-------------|-------------|------------
GitHub | \`_device_id\` | Tracks recognized devices for security. | One year
GitHub | \`color_mode\` | Theme preference. | Session
GitHub | \`gist_oauth_csrf\` | Checks the oauth flow. | Deleted when oauth state is validated
[LinkedIn](https://www.linkedin.com/legal/privacy-policy) | \`li_gc\` | Stores consent. | 6 months
`;

describe('cookieTableDeclaration', () => {
  const { declaration, report } = cookieTableDeclaration(TABLE, (provider) => provider === 'GitHub');

  test('reads providers, with their privacy policy links and party', () => {
    expect(declaration.providers).toEqual([
      { id: 'github', name: 'GitHub', party: 'first' },
      { id: 'linkedin', name: 'LinkedIn', party: 'third', privacyPolicy: 'https://www.linkedin.com/legal/privacy-policy' },
    ]);
  });

  test('reads cookies with ISO 8601 lifetimes, and lists what it left out or converted', () => {
    expect(declaration.cookies).toEqual([
      { name: '_device_id', match: 'exact', provider: 'github', purpose: 'Tracks recognized devices for security.', duration: 'P365D' },
      { name: 'color_mode', match: 'exact', provider: 'github', purpose: 'Theme preference.', session: true },
      { name: 'li_gc', match: 'exact', provider: 'linkedin', purpose: 'Stores consent.', duration: 'P180D' },
    ]);
    expect(report).toEqual([
      '_device_id: "One year" written P365D (a year counted as 365 days)',
      'left out gist_oauth_csrf (GitHub): cannot read its lifetime "Deleted when oauth state is validated" — declare it by hand',
      'li_gc: "6 months" written P180D (a month counted as 30 days)',
    ]);
  });

  test('gives a declaration the schema accepts', () => {
    expect(declarationSchema.safeParse(declaration).success).toBe(true);
  });
});
