export { readRevisionBody } from './read-revision-body.ts';
export type { ReadBodyOptions, RevisionBody } from './read-revision-body.ts';
export type { BodyProblem } from './body-problem.ts';
export { REVISION_BODY_SCHEMA } from './body-schema.ts';
