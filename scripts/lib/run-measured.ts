import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What one measured command did. */
export interface MeasuredRun {
  /** Exit status (null when killed by a signal). */
  code: number | null;
  /** Everything it printed, stdout then stderr. */
  output: string;
  /** Wall-clock seconds from start to exit. */
  seconds: number;
  /** Highest sum of the resident memory of the process and all its descendants, sampled, in bytes. */
  peakRss: number;
}

/**
 * Run a command and measure it: wall time, and peak resident memory of its whole process tree
 * (Vite and Astro may start workers), sampled every `intervalMs` from /proc (Linux).
 */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; intervalMs?: number },
): Promise<MeasuredRun> {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  let peakRss = 0;
  const sample = (): void => {
    if (child.pid !== undefined) peakRss = Math.max(peakRss, treeRss(child.pid));
  };
  const timer = setInterval(sample, options.intervalMs ?? 50);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ code, output: Buffer.concat([...out, ...err]).toString('utf8'), seconds, peakRss });
    });
  });
}

// Resident memory of a process and its descendants, in bytes; 0 for a process that has gone.
function treeRss(pid: number): number {
  let total = 0;
  const pending = [pid];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    try {
      const status = readFileSync(`/proc/${next}/status`, 'utf8');
      total += Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${next}/task`)) {
        const children = readFileSync(`/proc/${next}/task/${task}/children`, 'utf8').trim();
        if (children) pending.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}
