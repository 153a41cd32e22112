// npm run check:architecture — the house plan's import rules (.dependency-cruiser.mjs), checked.
import { checkArchitecture, formatViolations } from './lib/check-architecture.ts';

const root = process.cwd();
const { violations, modules, astroFiles } = await checkArchitecture(root);
if (violations.length > 0) {
  console.error(
    `${formatViolations(violations)}\n\n${violations.length} forbidden ${violations.length === 1 ? 'import' : 'imports'}: see README, "How the code is organised".`,
  );
  process.exitCode = 1;
} else {
  console.log(`Architecture: ${modules} modules and ${astroFiles} components and layouts, no forbidden import and no cycle.`);
}
