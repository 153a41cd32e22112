/** Whether a translation is of its source as it stands (`current`) or of its text before a correction (`outdated`). */
export type TranslationState = 'current' | 'outdated';

/** The hashes a source revision has had, as a translation's `translationOf` is compared with them. */
export interface TranslationSource {
  /** The SHA-256 of its source now. */
  sha256: string;
  /** The SHA-256s it had before each of its errata (`previousSha256`), oldest first. */
  previousSha256: readonly string[];
}

/**
 * Say whether a translation whose `translationOf` is the given hash translates its source as it
 * stands (`current`), or as it was before one of its errata (`outdated`: the translation needs the
 * correction too). Throw for a hash the source has never had: the folder's checks
 * (checkTranslationFile) refuse such a translation before anything builds.
 */
export function translationState(source: TranslationSource, translationOf: string): TranslationState {
  if (translationOf === source.sha256) return 'current';
  if (source.previousSha256.includes(translationOf)) return 'outdated';
  throw new Error(
    `translationOf ${translationOf} is no hash its source has had (it hashes to ${source.sha256}) — the policies folder's checks refuse such a translation; run npm run policy:check`,
  );
}
