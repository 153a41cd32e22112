import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';

// Where Debian, Ubuntu and Chrome's own packages put the browser.
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

// What this machine needs: no sandbox as root, no GPU, and none of the browser's own network chatter.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Find a Chromium to drive: `CHROMIUM_PATH` if set, else the first of Debian's, Ubuntu's older
 * `chromium-browser` and Google Chrome's (GitHub's Ubuntu runners have it) that exists. Throws, saying how to install
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
  // Loaded only to launch: a command that stops at its arguments starts faster.
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: ARGS });
}

/** A headless Chromium on a profile of its own: its one browser context, and how to end both. */
export interface ChromiumProfile {
  /** The profile's browser context, with its first page open. */
  context: BrowserContext;
  /** Close the browser and delete the profile. */
  close(): Promise<void>;
}

// Every profile launched and not yet closed, and the launches under way, so that a deadline or a
// signal can close them all and delete their folders (closeChromiumProfiles).
const open = new Set<ChromiumProfile>();
const launching = new Set<Promise<unknown>>();
let closing = false;

// Why no browser is launched once closeChromiumProfiles has been called, and what to do.
const CLOSING =
  'no browser was started: the browsers are being closed, as the deadline passed or the process was told to stop — run it again (give a longer --deadline if the scan ran out of time)';

// How long closing a browser may take before its profile folder is deleted anyway (a hung browser).
const CLOSE_TIMEOUT = 10_000;

/**
 * Launch headless Chromium on a new, empty profile (a temporary folder, deleted on close) that
 * accepts third-party cookies and storage. Chromium refuses them on a new profile and in every
 * context `Browser.newContext` makes, so a scan there would never see what a third party stores in
 * a browser that accepts it. Refused once `closeChromiumProfiles` has been called.
 */
export async function launchChromiumProfile(): Promise<ChromiumProfile> {
  if (closing) throw new Error(CLOSING);
  const launch = launchProfile();
  launching.add(launch);
  try {
    const profile = await launch;
    if (closing) {
      await profile.close();
      throw new Error(CLOSING);
    }
    return profile;
  } finally {
    launching.delete(launch);
  }
}

/**
 * Close every profile `launchChromiumProfile` opened and has not closed, once the launches under
 * way have ended, deleting their folders; refuse new launches from then on. For a deadline, or a
 * signal that ends the process.
 */
export async function closeChromiumProfiles(): Promise<void> {
  closing = true;
  await Promise.allSettled([...launching]);
  await Promise.allSettled([...open].map((profile) => profile.close()));
}

async function launchProfile(): Promise<ChromiumProfile> {
  const executablePath = findChromium();
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'redline-chromium-'));
  // The setting behind chrome://settings/cookies: 0 allows third-party cookies (1 blocks them, 2 in private windows only).
  mkdirSync(join(dir, 'Default'));
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  try {
    // Signals are the caller's to handle (closeChromiumProfiles), so that the folder is deleted too.
    const context = await chromium.launchPersistentContext(dir, {
      executablePath,
      args: ARGS,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    let closed: Promise<void> | undefined;
    const profile: ChromiumProfile = {
      context,
      close: () => {
        closed ??= (async () => {
          let timer: NodeJS.Timeout | undefined;
          const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_TIMEOUT)));
          await Promise.race([context.close().catch(() => undefined), late]);
          clearTimeout(timer);
          rmSync(dir, { recursive: true, force: true });
          open.delete(profile);
        })();
        return closed;
      },
    };
    open.add(profile);
    return profile;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
