export { diffBlockGroup } from './diff-block-group.ts';
export { diffTokens } from './diff-tokens.ts';
