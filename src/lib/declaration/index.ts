export { CHANGE_LABELS } from './change-labels.ts';
export type { ChangeLabel } from './change-labels.ts';
export { checkDeclarationText } from './check-declaration-text.ts';
export type { TextMismatch } from './check-declaration-text.ts';
export { CONSENT_MODE_TYPES } from './consent-mode.ts';
export type { ConsentModeType } from './consent-mode.ts';
export { cookiePattern } from './cookie-pattern.ts';
export type { MatchKind } from './cookie-pattern.ts';
export { tcfIdentifiers } from './tcf-identifier.ts';
export { declaredDomainCovers, readDeclaredDomain } from './declared-domain.ts';
export { buildDeviceStorageDisclosure, tcfDomains } from './device-storage-disclosure.ts';
export type {
  DeviceStorageDisclosure,
  DisclosureNote,
  DisclosureOptions,
  DomainDisclosure,
  StorageDisclosure,
  StorageType,
} from './device-storage-disclosure.ts';
export { parseDuration } from './parse-duration.ts';
export type { Duration } from './parse-duration.ts';
export {
  categorySchema,
  checkDeclaration,
  consentControlSchema,
  cookieSchema,
  declarationSchema,
  LEGAL_BASES,
  providerSchema,
  STORAGE_KINDS,
} from './schema.ts';
export type { Declaration, DeclarationIssue } from './schema.ts';
export { buildDeclarationDocument } from './build-declaration-document.ts';
export type { DeclarationSource } from './build-declaration-document.ts';
export { diffDeclarations, hasChanges } from './diff-declarations.ts';
export type { DeclarationChanges, EntityChange, ListChange } from './diff-declarations.ts';
export { declarationDocumentSchema, declarationJsonSchema, SPEC_VERSION } from './document-schema.ts';
export type { DeclarationDocument } from './document-schema.ts';
export { canonicalDigest, sealDocument } from './seal-document.ts';
