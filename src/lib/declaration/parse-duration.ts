/** A storage duration, as written and in seconds. */
export interface Duration {
  /** ISO 8601 duration with days and time only, e.g. `P400D`, `PT30M`, `P1DT12H`. */
  iso: string;
  /** The same length in seconds. */
  seconds: number;
}

// Days and time only: years and months have no fixed length, so `P1Y` cannot become seconds.
const DAYS_AND_TIME = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * Read an ISO 8601 duration of days and time (`P400D`, `PT30M`) and return it with its seconds, or
 * a sentence saying how to write it (`1 year` → write `P365D`).
 */
export function parseDuration(value: string): Duration | { error: string } {
  const match = DAYS_AND_TIME.exec(value);
  if (match && value !== 'P' && !value.endsWith('T')) {
    const [days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number];
    return { iso: value, seconds: ((days * 24 + hours) * 60 + minutes) * 60 + seconds };
  }
  return { error: `"${value}" is not an ISO 8601 duration of days and time — ${suggest(value)}` };
}

const UNITS: Record<string, [number, string]> = {
  year: [365, 'D'],
  month: [30, 'D'],
  week: [7, 'D'],
  day: [1, 'D'],
  hour: [1, 'H'],
  minute: [1, 'M'],
  second: [1, 'S'],
};

function suggest(value: string): string {
  const words = /^(\d+|one|a|an)\s*([a-z]+?)s?$/i.exec(value.trim());
  const unit = words ? UNITS[(words[2] ?? '').toLowerCase()] : undefined;
  if (words && unit) {
    const count = /^\d+$/.test(words[1] ?? '') ? Number(words[1]) : 1;
    const [factor, designator] = unit;
    const iso = designator === 'D' ? `P${count * factor}D` : `PT${count * factor}${designator}`;
    return `write ${iso}${factor !== 1 ? ` (years and months have no fixed length: count them in days)` : ''}, or "session: true" for a session cookie`;
  }
  if (/^P.*[YM].*$/.test(value) && !value.includes('T'))
    return 'years and months have no fixed length: write days, e.g. P365D for a year, P30D for a month';
  return 'write days and time such as P400D, PT30M or P1DT12H, or "session: true" for a session cookie';
}
