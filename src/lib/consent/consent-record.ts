/**
 * What the banner stores, first-party, when a visitor chooses: the categories granted, the exact
 * policy version and declaration digest the choice was given for, and when.
 */
export interface ConsentRecord {
  /** The record format; this is version 1. */
  v: 1;
  /** The policy id, e.g. `cookies`. */
  policy: string;
  /** The version (effective date, `YYYY-MM-DD`) of the revision the visitor answered. */
  version: string;
  /** That revision's declaration digest (`integrity.digest`, RFC 8785 SHA-256). */
  digest: string;
  /** When the choice was made: an ISO 8601 instant in UTC. */
  time: string;
  /** The non-essential categories granted (essential ones always are). */
  granted: string[];
  /** Every non-essential category the visitor was asked about, granted or not. */
  asked: string[];
}
