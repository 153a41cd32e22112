import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What readCommandLine found: the parsed arguments, or the exit status when it has answered already. */
export type CommandLine<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>> | number;

/**
 * Parse a script's arguments with node:util parseArgs. For `--help` it prints the help and gives
 * exit status 0; for an unknown or malformed option, the error and the help, and status 2.
 */
export function readCommandLine<T extends ParseArgsConfig>(config: T, help: string): CommandLine<T> {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    return refuseUsage((error as Error).message, help);
  }
  if ((parsed.values as { help?: unknown }).help) {
    console.log(help);
    return 0;
  }
  return parsed;
}

/** Print what is wrong with the command line, then the help, and return exit status 2. */
export function refuseUsage(message: string, help: string): number {
  console.error(`${message}\n\n${help}`);
  return 2;
}
