export { needsReacceptance } from './needs-reacceptance.ts';
export type {
  AcceptableVersion,
  Reacceptance,
  ReacceptanceOptions,
  ReacceptanceReason,
  VersionChange,
  VersionsList,
} from './needs-reacceptance.ts';
