export { buildUnits } from './build-units.ts';
export type { BuiltUnits } from './build-units.ts';
export { interleaveRuns } from './interleave-runs.ts';
export { numberChanges } from './number-changes.ts';
export { headingIds } from './heading-ids.ts';
export { computeStats } from './compute-stats.ts';
export { frameKeys } from './frame-keys.ts';
export type { FrameKeys } from './frame-keys.ts';
export { restyleNote } from './restyle-note.ts';
