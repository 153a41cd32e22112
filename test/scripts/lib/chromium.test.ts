import { describe, expect, test } from 'vitest';
import { closeChromiumProfiles, launchChromiumProfile } from '../../../scripts/lib/chromium.ts';

// Each test file runs in a module registry of its own: closing here refuses launches in this file only.
describe('launchChromiumProfile', () => {
  test('refuses to start a browser once the browsers are being closed, saying what to do', async () => {
    await closeChromiumProfiles();
    await expect(launchChromiumProfile()).rejects.toThrow(
      'no browser was started: the browsers are being closed, as the deadline passed or the process was told to stop — run it again (give a longer --deadline if the scan ran out of time)',
    );
  });
});
