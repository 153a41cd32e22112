// The house plan as rules (README, "How the code is organised"). `npm run check:architecture` checks
// src/ and scripts/ against them with dependency-cruiser, and .astro files (which it cannot read)
// against the component rules below with scripts/lib/check-architecture.ts; `npm test` runs it.

/** Value imports a component or layout may not make: it only presents what its page hands it. */
export const PRESENTATION_FORBIDDEN = [
  { path: '^src/lib/redline/', why: 'they do not run the redline engine; the page asks src/data for the rendered redline' },
  { path: '^src/node/', why: 'they do not use build-time adapters (src/node); only src/data and the integration do' },
  { path: '^astro:content$', why: 'they do not read content; only src/data does' },
  {
    path: '^src/data/(?!site-url\\.ts$)',
    why: 'they do not fetch route data; the page asks src/data and passes it down (the URL helper src/data/site-url.ts is allowed)',
  },
];

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: move what both sides need into a module they both import.',
      from: { path: '^(src|scripts)/' },
      to: { circular: true },
    },
    {
      name: 'lib-is-pure',
      severity: 'error',
      comment: 'src/lib is pure TypeScript, usable from scripts and tests: no Astro, no site code, no Node adapters.',
      from: { path: '^src/lib/' },
      to: { path: ['^src/(data|pages|components|layouts|node|integration|consent)/', '^src/site\\.config\\.ts$', '^astro:', '^astro$'] },
    },
    {
      name: 'lib-no-io',
      severity: 'error',
      comment: 'src/lib reads no files and runs nothing: of Node, only hashing (node:crypto).',
      from: { path: '^src/lib/' },
      to: { dependencyTypes: ['core'], pathNot: '^(node:)?crypto$' },
    },
    {
      name: 'engine-self-contained',
      severity: 'error',
      comment: 'The redline engine imports nothing of the project outside it: its cache fingerprint hashes only src/lib/redline.',
      from: { path: '^src/lib/redline/' },
      to: { path: '^src/', pathNot: '^src/lib/redline/' },
    },
    {
      name: 'scripts-not-site',
      severity: 'error',
      comment: 'Command-line tools build on src/lib and src/node, never on pages or route data.',
      from: { path: '^scripts/' },
      to: { path: '^src/(pages|data|components|layouts)/' },
    },
    ...PRESENTATION_FORBIDDEN.map(({ path, why }) => ({
      name: 'presentation-only',
      severity: 'error',
      comment: `Components and layouts only present: ${why}.`,
      from: { path: '^src/(components|layouts)/' },
      to: { path, dependencyTypesNot: ['type-only'] },
    })),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|dist|test-results)/' },
  },
};
