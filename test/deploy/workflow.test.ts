import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { ROOT } from '../helpers/build-site.ts';

type Env = Record<string, unknown>;
interface Step {
  uses?: string;
  with?: Record<string, unknown>;
  env?: Env;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  env?: Env;
  steps?: Step[];
}
interface Workflow {
  on: { push?: { branches?: string[] }; workflow_dispatch?: unknown; schedule?: { cron: string }[] };
  permissions?: Record<string, string>;
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
  env?: Env;
  jobs: Record<string, Job>;
}

const WORKFLOW = join(ROOT, '.github/workflows/deploy.yml');
const source = readFileSync(WORKFLOW, 'utf8');
const workflow = yaml.load(source) as Workflow;
const jobs = Object.entries(workflow.jobs);
const steps = jobs.flatMap(([, job]) => job.steps ?? []);
const envs = [workflow.env, ...jobs.flatMap(([, job]) => [job.env, ...(job.steps ?? []).map((step) => step.env)])].filter(
  (env): env is Env => typeof env === 'object' && env !== null,
);

const DAY = 24 * 60;

/** Read the UTC times of day, in minutes, at which a daily cron `M H * * *` or `M H1,H2 * * *` runs. */
function dailyRuns(cron: string): number[] {
  const match = /^(\d{1,2}) (\d{1,2}(?:,\d{1,2})*) \* \* \*$/.exec(cron.trim());
  if (!match) throw new Error(`cron "${cron}" is not a daily schedule written "M H * * *" or "M H1,H2 * * *"`);
  const minute = Number(match[1]);
  const hours = (match[2] ?? '').split(',').map(Number);
  if (minute > 59 || hours.some((hour) => hour > 23)) throw new Error(`cron "${cron}" has a minute over 59 or an hour over 23`);
  return hours.map((hour) => hour * 60 + minute);
}

/** Return how many minutes a zone's clocks are ahead of UTC at an instant. */
function utcOffset(timeZone: string, at: number): number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const part = (type: string): number => Number(format.formatToParts(at).find((p) => p.type === type)?.value);
  const local = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((local - Math.floor(at / 60_000) * 60_000) / 60_000);
}

/** Return the UTC time of day, in minutes, of midnight starting `day` (YYYY-MM-DD) in a zone. */
function localMidnight(timeZone: string, day: string): number {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  // Midnight on the zone's clock is `offset` minutes before midnight UTC; the offset is read at that
  // instant rather than at midnight UTC, in case the two fall on either side of a clock change.
  const offset = utcOffset(timeZone, utcMidnight - utcOffset(timeZone, utcMidnight) * 60_000);
  return ((-offset % DAY) + DAY) % DAY;
}

/** Return how many minutes after midnight in a zone, on `day`, each run of a daily UTC cron starts. */
function minutesAfterMidnight(cron: string, timeZone: string, day: string): number[] {
  const midnight = localMidnight(timeZone, day);
  return dailyRuns(cron).map((run) => (((run - midnight) % DAY) + DAY) % DAY);
}

/** Say when 00:05 in a zone is in UTC on a day, for a failure message. */
function fiveAfterMidnightUtc(timeZone: string, day: string): string {
  const minutes = (localMidnight(timeZone, day) + 5) % DAY;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')} UTC`;
}

const SEASONS = [
  ['January', '2026-01-15'],
  ['July', '2026-07-15'],
] as const;

describe('the deploy workflow', () => {
  test('builds on a push to main, by hand and on a schedule', () => {
    expect(workflow.on.push?.branches).toContain('main');
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.on.schedule?.length).toBeGreaterThan(0);
  });

  test.each(SEASONS)("rebuilds within the first hour after midnight in the site's time zone in %s", (_month, day) => {
    const crons = (workflow.on.schedule ?? []).map((entry) => entry.cron);
    const after = crons.flatMap((cron) => minutesAfterMidnight(cron, siteConfig.timeZone, day));
    expect(
      after.filter((minutes) => minutes < 60),
      `${crons.join(', ')} starts ${after.join(', ')} minutes after midnight in ${siteConfig.timeZone} on ${day}: ` +
        `add a run within its first hour — 00:05 there is ${fiveAfterMidnightUtc(siteConfig.timeZone, day)}`,
    ).not.toEqual([]);
  });

  test('builds and uploads the site with the official Astro action, on a Node that Astro 7 accepts', () => {
    const astro = steps.filter((step) => step.uses?.startsWith('withastro/action@'));
    expect(astro).toHaveLength(1);
    const version = /^(\d+)(?:\.(\d+))?/.exec(String(astro[0]?.with?.['node-version']));
    const engines = /^>=(\d+)\.(\d+)/.exec(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node,
    );
    expect(version, 'node-version must be a version number such as 24 or 22.12').not.toBeNull();
    expect(engines).not.toBeNull();
    const [major, minor] = [Number(version?.[1]), Number(version?.[2] ?? 0)];
    const [needMajor, needMinor] = [Number(engines?.[1]), Number(engines?.[2])];
    expect(
      major > needMajor || (major === needMajor && minor >= needMinor),
      `node-version ${major}.${minor} < ${needMajor}.${needMinor}`,
    ).toBe(true);
  });

  test('deploys what the build uploaded with deploy-pages, after the build', () => {
    const deploy = jobs.filter(([, job]) => (job.steps ?? []).some((step) => step.uses?.startsWith('actions/deploy-pages@')));
    expect(deploy).toHaveLength(1);
    const build = jobs.find(([, job]) => (job.steps ?? []).some((step) => step.uses?.startsWith('withastro/action@')));
    expect([deploy[0]?.[1].needs].flat()).toContain(build?.[0]);
  });

  test('only reads the repository, and only the deploy job may publish to Pages with an OIDC token', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const deploys = (job.steps ?? []).some((step) => step.uses?.startsWith('actions/deploy-pages@'));
      expect(job.permissions, name).toEqual(deploys ? { pages: 'write', 'id-token': 'write' } : undefined);
    }
  });

  test('deploys one run at a time, letting a deployment in progress finish', () => {
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  test('builds as of the day of the run: REDLINE_AS_OF is set nowhere', () => {
    // Parsed, so comments (which may explain REDLINE_AS_OF) are left out; env, inputs and commands are in.
    expect(JSON.stringify(workflow)).not.toContain('REDLINE_AS_OF');
  });

  test('sets a base path that starts and ends with "/", if it sets one', () => {
    for (const env of envs.filter((e) => 'REDLINE_BASE' in e)) expect(String(env['REDLINE_BASE'])).toMatch(/^\/(.*\/)?$/);
  });

  // The comment above the cron shows, for other zones, which cron to write.
  test.each([...source.matchAll(/^\s*#\s+([A-Za-z_]+\/[A-Za-z_]+)\b.*cron: '([^']+)'/gm)].map((m) => [m[1] ?? '', m[2] ?? '']))(
    'its example for %s (%s) runs within the first hour after midnight there in January and July',
    (zone, cron) => {
      for (const [, day] of SEASONS) {
        expect(
          minutesAfterMidnight(cron, zone, day).some((minutes) => minutes < 60),
          `00:05 in ${zone} on ${day} is ${fiveAfterMidnightUtc(zone, day)}`,
        ).toBe(true);
      }
    },
  );
});

describe('minutesAfterMidnight', () => {
  test.each([
    ['5 0 * * *', 'UTC', '2026-01-15', [5]],
    ['59 0 * * *', 'UTC', '2026-01-15', [59]],
    ['0 1 * * *', 'UTC', '2026-01-15', [60]],
    ['5 22,23 * * *', 'Europe/Berlin', '2026-01-15', [23 * 60 + 5, 5]],
    ['5 22,23 * * *', 'Europe/Berlin', '2026-07-15', [5, 65]],
    ['5 4,5 * * *', 'America/New_York', '2026-01-15', [23 * 60 + 5, 5]],
    ['5 4,5 * * *', 'America/New_York', '2026-07-15', [5, 65]],
    ['5 15 * * *', 'Asia/Tokyo', '2026-07-15', [5]],
    ['35 18 * * *', 'Asia/Kolkata', '2026-01-15', [5]],
    ['5 0 * * *', 'Australia/Sydney', '2026-01-15', [11 * 60 + 5]],
    ['5 0 * * *', 'Australia/Sydney', '2026-07-15', [10 * 60 + 5]],
  ])('finds that %s starts in %s on %s at %j minutes after midnight', (cron, zone, day, expected) => {
    expect(minutesAfterMidnight(cron, zone, day)).toEqual(expected);
  });

  test.each(['*/5 * * * *', '5 0 * * 1', '5 0-2 * * *', '60 0 * * *', '5 24 * * *'])(
    'refuses %s, which is no daily "M H * * *"',
    (cron) => {
      expect(() => minutesAfterMidnight(cron, 'UTC', '2026-01-15')).toThrow(/cron/);
    },
  );
});
