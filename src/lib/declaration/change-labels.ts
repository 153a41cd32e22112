/**
 * The labels a revision's `change` field accepts, from most to least significant. They live here,
 * below `lib/policies`, because the declaration document states its revision's label too, and
 * `lib/policies` (whose revision schema contains a declaration) is the folder that imports this one.
 */
export const CHANGE_LABELS = ['material', 'editorial', 'technical'] as const;

/** Describe how a revision changed the policy: the legal meaning, the wording, or only the form. */
export type ChangeLabel = (typeof CHANGE_LABELS)[number];
