import { afterEach, describe, expect, test, vi } from 'vitest';
import { readCommandLine, refuseUsage } from '../../../scripts/lib/read-command-line.ts';

const options = { n: { type: 'string' }, help: { type: 'boolean' } } as const;

describe('readCommandLine', () => {
  afterEach(() => vi.restoreAllMocks());

  test('returns the parsed arguments', () => {
    const parsed = readCommandLine({ args: ['--n', '3'], options }, 'HELP');
    expect(typeof parsed === 'number' ? parsed : parsed.values).toEqual({ n: '3' });
  });

  test('prints the help for --help and answers 0', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(readCommandLine({ args: ['--help'], options }, 'HELP')).toBe(0);
    expect(log).toHaveBeenCalledWith('HELP');
  });

  test('prints the error and the help for a bad option and answers 2', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(readCommandLine({ args: ['--nope'], options }, 'HELP')).toBe(2);
    expect(error.mock.calls[0]?.[0]).toMatch(/Unknown option '--nope'[\s\S]*\n\nHELP$/);
    expect(refuseUsage('--n must be a number', 'HELP')).toBe(2);
    expect(error).toHaveBeenLastCalledWith('--n must be a number\n\nHELP');
  });
});
