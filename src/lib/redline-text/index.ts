export { blockPrefix, tokensText } from './block-text.ts';
export { renderRedlineText } from './render-redline-text.ts';
export type { TextOptions } from './render-redline-text.ts';
export { renderStatsText } from './render-stats-text.ts';
export { textMarks } from './text-marks.ts';
export type { MarkStyle, TextMarks } from './text-marks.ts';
