import type { ConsentRecord } from './consent-record.ts';

/** Write a consent record as a cookie value: URI-encoded JSON, so it holds no `;`, `,`, space or quote. */
export function serializeConsentRecord(record: ConsentRecord): string {
  const { v, policy, version, digest, time, granted, asked } = record;
  return encodeURIComponent(JSON.stringify({ v, policy, version, digest, time, granted, asked }));
}
