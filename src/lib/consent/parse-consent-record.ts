import type { ConsentRecord } from './consent-record.ts';

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Read a consent record from a cookie value; null when it is missing, unreadable or not a version 1 record. */
export function parseConsentRecord(value: string | null | undefined): ConsentRecord | null {
  if (!value) return null;
  let data: unknown;
  try {
    data = JSON.parse(decodeURIComponent(value));
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const r = data as Record<string, unknown>;
  const ok =
    r['v'] === 1 &&
    typeof r['policy'] === 'string' &&
    typeof r['version'] === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(r['version']) &&
    typeof r['digest'] === 'string' &&
    typeof r['time'] === 'string' &&
    isStrings(r['granted']) &&
    isStrings(r['asked']);
  if (!ok) return null;
  const { policy, version, digest, time, granted, asked } = r as unknown as ConsentRecord;
  return { v: 1, policy, version, digest, time, granted, asked };
}
