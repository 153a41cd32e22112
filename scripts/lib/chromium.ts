import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

// Where Debian, Ubuntu and Chrome's own packages put the browser.
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Find a Chromium to drive: `CHROMIUM_PATH` if set, else Debian's. Throws, saying how to install
 * one, when there is none — a browser scan or test never passes silently without a browser.
 */
export function findChromium(): string {
  const path = process.env.CHROMIUM_PATH || CANDIDATES.find((candidate) => existsSync(candidate));
  if (!path || !existsSync(path)) {
    const named = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH is "${process.env.CHROMIUM_PATH}", which does not exist. ` : '';
    throw new Error(
      `${named}No Chromium found. Install Debian's: \`sudo apt-get update && sudo apt-get install -y chromium\` ` +
        '(.ci/run does this), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return path;
}

/** Launch headless Chromium with the flags this machine needs (no sandbox as root, no network chatter). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  // Loaded only to launch: a command that stops at its arguments or its declaration starts faster.
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
