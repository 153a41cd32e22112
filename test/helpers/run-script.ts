import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './build-site.ts';

/** What a script run printed and how it ended. */
export interface ScriptResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run one of the project's scripts (`scripts/<name>.ts`) with Node, with extra environment variables. */
export function runScript(name: string, args: string[], env: Record<string, string> = {}): Promise<ScriptResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'scripts', `${name}.ts`), ...args],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env } },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}
