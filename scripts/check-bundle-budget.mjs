#!/usr/bin/env node
// Fails when the JavaScript the citizen start page loads before any route chunk grows past the
// budget: the entry script of the built index.html and every chunk it imports statically
// (what Vite lists as modulepreload), gzip-compressed as the server sends it.
//
//   node scripts/check-bundle-budget.mjs [dist] [--budget-kb=130]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dist = resolve(args.find((arg) => !arg.startsWith('--')) ?? join(root, 'apps/citizen/dist'));
const budgetKb = Number(
  args.find((arg) => arg.startsWith('--budget-kb='))?.slice('--budget-kb='.length) ?? 130,
);

/** The app's base path (`/citizen/`) is stripped from asset URLs in index.html. */
function fileOf(url) {
  const path = new URL(url, 'http://x/').pathname;
  const assets = path.indexOf('/assets/');
  return join(dist, assets >= 0 ? path.slice(assets + 1) : posix.basename(path));
}

/** Static imports of one chunk (`import ... from "./x.js"` and `import "./x.js"`), not `import()`. */
function staticImports(file) {
  const code = readFileSync(file, 'utf8');
  const found = new Set();
  const pattern = /(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;
  for (const match of code.matchAll(pattern)) found.add(join(dirname(file), match[1]));
  // Minified output joins statements without newlines: `...;import{a as b}from"./x.js";`
  for (const match of code.matchAll(/import\s*\{[^}]*\}\s*from\s*["']([^"']+\.js)["']/g)) {
    found.add(join(dirname(file), match[1]));
  }
  return [...found];
}

/** The entry scripts and modulepreloads of index.html and, transitively, their static imports. */
function initialScripts(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const urls = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1]);
  const seen = new Set();
  const queue = urls.map(fileOf);
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return [...seen];
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built SPA at ${dist} (index.html missing). Build it first.`);
  process.exit(1);
}

const rows = initialScripts(dist).map((file) => {
  const bytes = readFileSync(file);
  return {
    file: relative(dist, file),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
  };
});
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
for (const row of rows.sort((a, b) => b.gzip - a.gzip)) {
  console.log(
    `${row.file.padEnd(48)} ${kb(row.raw).padStart(10)} ${kb(row.gzip).padStart(10)} gzip`,
  );
}
const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), {
  raw: 0,
  gzip: 0,
});
console.log(
  `initial JS: ${rows.length} files, ${kb(total.raw)} raw, ${kb(total.gzip)} gzip (budget ${budgetKb} kB gzip)`,
);
if (total.gzip > budgetKb * 1024) {
  console.error(
    `✗ The start page's JavaScript is ${kb(total.gzip)} gzip, over the ${budgetKb} kB budget.\n` +
      '  Load what the first page does not show with a route chunk (lazyPage) or import() instead.',
  );
  process.exit(1);
}
console.log('✓ within budget');
