import { describe, expect, test } from 'vitest';
import { runMeasured } from '../../../scripts/lib/run-measured.ts';

describe('runMeasured', () => {
  test('reports the exit status, the output, the time and the peak memory of the whole process tree', async () => {
    // A parent that holds 150 MB starts a child that holds 150 MB more: only the sum of the tree exceeds 250 MB.
    const hold = (mb: number): string => `const b = Buffer.alloc(${mb} << 20, 1); setTimeout(() => b.length, 1200);`;
    const child = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(hold(150))}], { stdio: 'inherit' });`;
    const run = await runMeasured(process.execPath, ['-e', `${hold(150)} ${child} console.log('done'); process.exitCode = 3;`], {
      cwd: process.cwd(),
      env: process.env,
    });
    expect(run.code).toBe(3);
    expect(run.output).toContain('done');
    expect(run.seconds).toBeGreaterThan(1);
    expect(run.peakRss).toBeGreaterThan(250 << 20);
  });
});
