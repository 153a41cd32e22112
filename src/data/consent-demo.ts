/**
 * The consent demo page's inline scripts, as written into the page: two held back until their
 * category is granted, and the one that shows the current choice. Kept here so that the page writes
 * exactly these texts and the Content-Security-Policy allows exactly these texts by hash.
 */
export const CONSENT_DEMO_SCRIPTS = {
  analytics: "document.getElementById('consent-demo-analytics').textContent = 'ran';",
  functionality: "document.getElementById('consent-demo-functionality').textContent = 'ran';",
  state: [
    'if (window.redlineConsent)',
    '  window.redlineConsent.onChange(function (state) {',
    "    const time = state.record.time.replace('T', ' ').slice(0, 16) + ' UTC';",
    "    document.getElementById('consent-demo-state').textContent =",
    "      'Allowed: ' + state.granted.join(', ') + '. Given on ' + time + ' for version ' + state.record.version + ' of the policy.';",
    '  });',
  ].join('\n'),
} as const;
