import { describe, expect, test } from 'vitest';
import { sourceSha256 } from '../../../src/lib/policies/index.ts';
import { buildScanReport, renderScanReport, scanDeclarationOfRevision } from '../../../src/lib/scan/index.ts';
import { visibleControls } from '../../../src/lib/text/visible-controls.ts';
import { cookie, observation, shopRevision, stored } from '../../helpers/scan-fixtures.ts';

function render(states: Parameters<typeof observation>[0], consentCookie: string | null = null): string {
  const { text, declaration } = shopRevision();
  return renderScanReport(
    buildScanReport({
      observation: observation(states, consentCookie),
      declaration: scanDeclarationOfRevision({ policy: 'cookies', version: '2026-01-01', sourceSha256: sourceSha256(text) }, declaration),
      declarationSource: 'policies/cookies/2026-01-01.mdx',
    }),
  );
}

describe('renderScanReport', () => {
  test('says what was scanned against what, each state, and the problems under their numbered headings', () => {
    const text = render({
      before: [cookie('sid'), cookie('_an_id', 400)],
      reject: [cookie('_an_id', 400)],
      accept: [cookie('prefs', 90), cookie('ab_variant', 7), stored('local_storage', 'lang')],
    });
    expect(text).toContain(
      'Scanned http://127.0.0.1:8080/ against the cookies declaration of 2026-01-01 (policies/cookies/2026-01-01.mdx).\n' +
        "The site's own domains (first party): 127.0.0.1, with their subdomains.\n\n" +
        'Before any choice: 1 page (http://127.0.0.1:8080/)\n' +
        'After rejecting non-essential, by clicking #reject: 1 page (http://127.0.0.1:8080/)\n' +
        'After accepting all, by clicking #accept: 1 page (http://127.0.0.1:8080/)\n\n' +
        'Seen: 4 cookies, 1 localStorage entry, 0 sessionStorage entries, 0 IndexedDB databases.\n',
    );
    expect(text).toContain(
      '1. Undeclared (1)\n  - cookie "ab_variant" on 127.0.0.1, path / (first party, 7 days): after accepting all, first on http://127.0.0.1:8080/\n',
    );
    expect(text).toContain(
      '2. Non-essential before consent or after rejecting (1)\n' +
        '  - cookie "_an_id" on 127.0.0.1, path / (first party, 400 days), category Analytics Cookies (analytics, opt-in): before any choice, after rejecting non-essential, first on http://127.0.0.1:8080/\n',
    );
    expect(text).toContain(
      '3. Longer than declared (1)\n' +
        '  A cookie may outlive its declared lifetime by 1% of the declared lifetime, at least a minute and at most a day.\n' +
        '  - cookie "prefs" on 127.0.0.1, path / (first party, 90 days): lives 90 days, declared P30D (30 days)\n',
    );
    expect(text).toContain(
      'Declared, never seen (informational) (5)\n' +
        '  - "consent" (cookie, essential)\n' +
        '  - "last_page" (sessionStorage entry, essential)\n' +
        '  - "_gcl_*" (glob, cookie, analytics)\n' +
        '  - "chat_id" (cookie, functionality)\n' +
        '  - "chat_open" (localStorage entry, functionality)\n',
    );
    expect(text.endsWith('\n3 problems: 1 undeclared, 1 before consent or after rejecting, 1 longer than declared.\n')).toBe(true);
  });

  test('says so when there is no problem, and shows the banner’s record of the choice on its own', () => {
    const text = render({ before: [cookie('sid')], accept: [cookie('redline_consent', 180)] }, 'redline_consent');
    expect(text).toContain('1. Undeclared (0): none.\n');
    expect(text).toContain(
      `Redline's consent banner: its record of the visitor's choice, cookie "redline_consent" (strictly necessary)\n` +
        `  - cookie "redline_consent" on 127.0.0.1, path / (first party, 180 days): not listed by the declaration, and not counted as undeclared: it is the banner's record of the choice. A complete declaration lists it, in a required category.\n`,
    );
    expect(
      text.endsWith(
        '\nNo problems: every item seen is declared, nothing non-essential is stored before consent or after rejecting, and no cookie outlives its declared lifetime.\n',
      ),
    ).toBe(true);
  });

  test('says when the banner stored no choice', () => {
    expect(render({ before: [cookie('sid')] }, 'redline_consent')).toContain('  - not seen: no choice was stored in this cookie.\n');
  });

  test('lists what could not be seen in full, each with its state, and nothing when all was', () => {
    const { text, declaration } = shopRevision();
    const seen = observation({ before: [cookie('sid')] });
    const warned = {
      ...seen,
      states: seen.states.map((s) => (s.state === 'reject' ? { ...s, warnings: ['a frame of x did not answer'] } : s)),
    };
    const rendered = renderScanReport(
      buildScanReport({
        observation: warned,
        declaration: scanDeclarationOfRevision({ policy: 'cookies', version: '2026-01-01', sourceSha256: sourceSha256(text) }, declaration),
        declarationSource: 'policies/cookies/2026-01-01.mdx',
      }),
    );
    expect(rendered).toContain('\n\nNot seen in full (1):\n  - after rejecting non-essential: a frame of x did not answer\n');
    expect(render({ before: [cookie('sid')] })).not.toContain('Not seen in full');
  });

  test('keeps every name a site supplies on its line, and cuts a very long one', () => {
    const forged = 'x\n\nNo problems: every item seen is declared\r\t\\';
    const long = 'k'.repeat(5000);
    const text = visibleControls(
      render({
        before: [
          stored('local_storage', forged),
          stored('local_storage', long),
          cookie('sid', undefined, { domain: '127.0.0.1\n  - cookie "ok"', path: '/\n' }),
        ],
      }),
      { keepLayout: true },
    );
    expect(text).not.toMatch(/^No problems/m);
    expect(text).toContain(
      '  - localStorage entry "x\\n\\nNo problems: every item seen is declared\\r\\t\\\\" on http://127.0.0.1:8080 (first party): before any choice, first on http://127.0.0.1:8080/\n',
    );
    expect(text).toContain(`  - localStorage entry "${'k'.repeat(200)}… (5,000 characters)" on http://127.0.0.1:8080`);
    expect(text).toContain('  - cookie "sid" on 127.0.0.1\\n  - cookie "ok", path /\\n (third party, session)');
    expect(text).not.toContain('k'.repeat(201));
  });
});
