/**
 * Fails when the JavaScript that index.html loads before any dynamic import exceeds the budget
 * (gzip), and when that JavaScript contains Monaco. Run after `vite build`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { initialScriptPaths, MONACO_SIGNATURE } from './lib/initialChunks';

const BUDGET_KB = 150;
const dist = 'dist';

let html: string;
try {
  html = readFileSync(join(dist, 'index.html'), 'utf8');
} catch {
  console.error('size: dist/index.html is missing; run `npm run build` first');
  process.exit(1);
}

let total = 0;
let failed = false;
for (const path of initialScriptPaths(html)) {
  const code = readFileSync(join(dist, path));
  const gz = gzipSync(code, { level: 9 }).length;
  total += gz;
  console.log(`size: ${path} ${(code.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`);
  if (code.includes(MONACO_SIGNATURE)) {
    console.error(`size: ${path} contains Monaco; it must load lazily`);
    failed = true;
  }
}
const kb = total / 1024;
console.log(`size: initial JavaScript ${kb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
  console.error(`size: over budget by ${(kb - BUDGET_KB).toFixed(1)} KB`);
  failed = true;
}
process.exit(failed ? 1 : 0);
