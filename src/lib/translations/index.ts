export { checkTranslationFile } from './check-translation-file.ts';
export type { TranslatableRevision, TranslationContext } from './check-translation-file.ts';
export { checkLanguageClashes, checkTranslations, isDatedTextFile, isInLanguageFolder, isTranslationPath } from './check-translations.ts';
export {
  canonicalLanguageTag,
  describeLanguage,
  INTERFACE_LANGUAGES,
  interfaceLanguageFor,
  isLanguageFolderName,
  LANGUAGE_TAG,
  languageFolderTag,
  listInterfaceLanguages,
  orderLanguages,
} from './languages.ts';
export type { TranslationLanguages } from './languages.ts';
export { formatTranslationReport, translationReport } from './lag-report.ts';
export type { LanguageReport, ReportedRevision, TranslationReport } from './lag-report.ts';
export { languageLag } from './language-lag.ts';
export type { DatedTranslation, LanguageLag, UntranslatedRevision } from './language-lag.ts';
export { TRANSLATION_FIELD_HINTS, translatedCategorySchema, translationSchema } from './schema.ts';
export type { TranslatedCategory, TranslationFrontmatter } from './schema.ts';
export { languageUrl } from './translation-urls.ts';
export { translationState } from './translation-state.ts';
export type { TranslationSource, TranslationState } from './translation-state.ts';
