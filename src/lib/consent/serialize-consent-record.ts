import type { ConsentRecord } from './consent-record.ts';

/** Write a consent record as a cookie value: URI-encoded JSON, so it holds no `;`, `,`, space or quote. */
export function serializeConsentRecord(record: ConsentRecord): string {
  return encodeURIComponent(JSON.stringify(record));
}
