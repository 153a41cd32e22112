/**
 * The deepest the engine nests containers (lists, items, quotes, components) and inline marks
 * (emphasis, links, …). Deeper content is shown at this depth, and the document reports it
 * (`RedlineDocument.nestingCapped`): building and reading the hast is recursive in places, so a document
 * nested thousands deep would otherwise overflow the call stack. Real policies nest a handful deep.
 */
export const MAX_NESTING = 64;
