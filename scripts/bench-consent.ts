/**
 * Measure the consent script as a browser downloads it: minified, gzip and brotli, against the
 * budget of 6 KB (6,144 bytes) minified + gzipped. Exits 1 over budget.
 *
 *   npm run bench:consent
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bundleConsentScript } from '../src/node/bundle-consent-script.ts';

const BUDGET = 6 * 1024;

if (process.argv.includes('--help')) {
  console.log('npm run bench:consent — size of /consent/v1/consent.js: minified, gzip, brotli, and the 6 KB gzip budget');
  process.exit(0);
}

const started = performance.now();
const code = Buffer.from(await bundleConsentScript(), 'utf8');
const ms = performance.now() - started;
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes: number): string => `${bytes.toLocaleString('en')} B (${(bytes / 1024).toFixed(2)} KB)`;

console.log(`consent.js, bundled in ${ms.toFixed(0)} ms`);
console.log(`  minified        ${kb(code.length)}`);
console.log(`  minified + gzip ${kb(gzip)}`);
console.log(`  minified + br   ${kb(brotli)}`);
console.log(`  target: gzip ≤ ${kb(BUDGET)} — ${gzip <= BUDGET ? 'PASS' : 'FAIL'}`);
if (gzip > BUDGET) process.exitCode = 1;
