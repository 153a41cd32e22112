export { checkPolicyTree } from './check-policy-tree.ts';
export { checkPolicyFolder } from './check-policy-folder.ts';
export { checkPolicyMeta } from './check-policy-meta.ts';
export { bodyProblemAt, checkRevisionFile, REVISION_FIELD_HINTS } from './check-revision-file.ts';
export { checkCharacters, findForbiddenCharacters, findForbiddenValues } from './check-characters.ts';
export type { CharacterCheck, CharacterFault, CharacterOptions } from './check-characters.ts';
export { checkTextSize, checkTextStructure } from './check-text-bounds.ts';
export { decodePolicyFile, firstInvalidUtf8 } from './decode-policy-file.ts';
export { buildLogNotes, findDisclosureNotes, formatDisclosureNotes } from './disclosure-notes.ts';
export type { RevisionNotes } from './disclosure-notes.ts';
export type { CheckedRevision, RevisionFileCheck } from './check-revision-file.ts';
export { POLICY_META_FILE, POLICY_SLUG, RESERVED_POLICY_SLUGS } from './policy-file.ts';
export type { PolicyFile } from './policy-file.ts';
export { formatProblems, PolicyError, problemAt } from './policy-problem.ts';
export type { PolicyProblem } from './policy-problem.ts';
export { CHANGE_LABELS, COMPARE_MODES, calendarDateSchema, erratumSchema, policyMetaSchema, revisionSchema } from './schema.ts';
export type { ChangeLabel, CompareMode, Erratum, PolicyMeta, RevisionFrontmatter } from './schema.ts';
export { splitFrontMatter } from './split-front-matter.ts';
export { buildTimeline } from './build-timeline.ts';
export type { DatedRevision, RevisionStatus, Timeline, TimelineEntry } from './build-timeline.ts';
export { resolveAsOf } from './resolve-as-of.ts';
export type { AsOfOptions } from './resolve-as-of.ts';
export { comparePairs, pairKey, revisionsBetween } from './compare-pairs.ts';
export type { ComparePair } from './compare-pairs.ts';
export {
  changelogUrl,
  compareChooserUrl,
  compareUrl,
  CONSENT_DEMO_URL,
  CONSENT_SCRIPT_URL,
  DECLARATION_SCHEMA_URL,
  declarationUrl,
  DEVELOPERS_URL,
  deviceStorageUrl,
  FEED_KINDS,
  feedUrl,
  historyUrl,
  sectionUrl,
  INTEGRITY_LOCK_URL,
  LOCK_SCHEMA_URL,
  INTEGRITY_URL,
  POLICIES_JSON_URL,
  POLICIES_SCHEMA_URL,
  policyUrl,
  revisionDeclarationUrl,
  revisionUrl,
  sourceUrl,
} from './policy-urls.ts';
export type { CompareView, FeedFormat, FeedScope } from './policy-urls.ts';
export { changelogEntries } from './changelog-entries.ts';
export type { ChangelogEntry } from './changelog-entries.ts';
export { sourceSha256 } from './source-sha256.ts';
export { POLICIES_INDEX_VERSION, policiesIndexJsonSchema, policiesIndexSchema } from './policies-index.ts';
export type { PoliciesIndex } from './policies-index.ts';
export { newRevisionSource } from './new-revision-source.ts';
export { CHART, historyChart } from './history-chart.ts';
export type { ChartMark, ChartRevision, HistoryChart } from './history-chart.ts';
export { REACCEPTANCE_MODULE_URL, REACCEPTANCE_TYPES_URL, VERSIONS_SCHEMA_URL, versionsUrl } from './policy-urls.ts';
export { VERSIONS_DOCUMENT_VERSION, policyVersionSchema, versionsDocumentJsonSchema, versionsDocumentSchema } from './versions-document.ts';
export type { PolicyVersion, VersionsDocument } from './versions-document.ts';
