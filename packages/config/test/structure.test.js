// The structure rules must fail on what they forbid: lint fixture packages with the workspace's
// own config and expect the errors, and none where the structure is sound.
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { configFor } from '../eslint.config.js';
import { GRAPH_RECHECK_MS } from '../eslint-plugin-structure.js';

const workspace = fileURLToPath(new URL('./fixtures/workspace/', import.meta.url));

/** Lints the files of one fixture package with configFor(kind); returns rule id per file. */
async function lint(packageDir, kind, files) {
  const cwd = path.join(workspace, packageDir);
  const config = configFor(kind).map((block) =>
    // The fixtures have no tsconfig: the structure rules need no type information.
    block.languageOptions?.parserOptions?.projectService
      ? { ...block, languageOptions: { ...block.languageOptions, parserOptions: {} } }
      : block,
  );
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [...config, ...untyped()],
  });
  const results = await eslint.lintFiles(files);
  return Object.fromEntries(
    results.map((result) => [
      path.relative(cwd, result.filePath),
      result.messages.map((message) => message.ruleId ?? message.message),
    ]),
  );
}

/** Type-aware rules off: the fixtures are linted without a TypeScript program. */
function untyped() {
  return [{ files: ['**/*.ts'], rules: typedRulesOff() }];
}

function typedRulesOff() {
  const rules = {};
  for (const block of configFor('node')) {
    for (const [name, setting] of Object.entries(block.rules ?? {})) {
      if (name.startsWith('@typescript-eslint/') && setting !== 'off') rules[name] = 'off';
    }
  }
  return rules;
}

test('a relative import into another package fails lint', async () => {
  const found = await lint('packages/alpha', 'node', ['src/reaches-out.ts', 'src/stays-inside.ts']);
  assert.deepEqual(found['src/reaches-out.ts'], ['structure/no-cross-package-relative-import']);
  assert.deepEqual(found['src/stays-inside.ts'], []);
});

test('the cross-package rule is on for every kind of package', () => {
  for (const kind of ['domain', 'ui', 'spa', 'spa-kit', 'api', 'node']) {
    const on = configFor(kind).some(
      (block) => block.rules?.['structure/no-cross-package-relative-import'] === 'error',
    );
    assert.ok(on, kind);
  }
});

test('a cycle between API feature folders fails lint, though no file imports itself back', async () => {
  const found = await lint('apps/api', 'api', [
    'src/orders/order.service.ts',
    'src/orders/order.rules.ts',
    'src/invoices/invoice.service.ts',
    'src/invoices/invoice.rules.ts',
    'src/customers/customer.service.ts',
  ]);
  // orders -> invoices (order.service -> invoice.rules) and invoices -> orders
  // (invoice.service -> order.rules): each side's import is reported.
  assert.deepEqual(found['src/orders/order.service.ts'], ['structure/no-feature-cycle']);
  assert.deepEqual(found['src/invoices/invoice.service.ts'], ['structure/no-feature-cycle']);
  // orders -> customers runs one way only.
  assert.deepEqual(found['src/customers/customer.service.ts'], []);
  assert.deepEqual(found['src/orders/order.rules.ts'], []);
});

test('importing a feature folder itself (its index) counts as importing that feature', async () => {
  const found = await lint('apps/api', 'api', [
    'src/payments/payment.service.ts',
    'src/refunds/refund.service.ts',
  ]);
  // payments -> refunds (payment.service -> refund.rules) and refunds -> payments through
  // '../payments', the folder's index.
  assert.deepEqual(found['src/payments/payment.service.ts'], ['structure/no-feature-cycle']);
  assert.deepEqual(found['src/refunds/refund.service.ts'], ['structure/no-feature-cycle']);
});

test('a cycle made on disk after a lint is found by the next lint in the same process', async () => {
  const copy = await mkdtemp(path.join(tmpdir(), 'structure-'));
  const api = path.join(copy, 'apps', 'api');
  await cp(path.join(workspace, 'apps', 'api'), api, { recursive: true });
  const relative = path.relative(workspace, copy);
  const before = await lint(path.join(relative, 'apps/api'), 'api', [
    'src/customers/customer.service.ts',
  ]);
  assert.deepEqual(before['src/customers/customer.service.ts'], []);
  // customers -> orders closes orders -> customers.
  await writeFile(
    path.join(api, 'src/customers/customer.service.ts'),
    "import { orderLimit } from '../orders/order.rules.ts';\n\nexport const limit = orderLimit;\n",
  );
  await new Promise((resolve) => setTimeout(resolve, GRAPH_RECHECK_MS + 100));
  const after = await lint(path.join(relative, 'apps/api'), 'api', [
    'src/customers/customer.service.ts',
  ]);
  assert.deepEqual(after['src/customers/customer.service.ts'], ['structure/no-feature-cycle']);
  await rm(copy, { recursive: true, force: true });
});
