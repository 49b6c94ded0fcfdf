// Local lint rules for the workspace's structure: a relative import never leaves its package,
// and the API's feature folders (src/<feature>/) import each other without cycles.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The nearest folder at or above `dir` holding a package.json, cached per folder. */
const packageRoots = new Map();
function packageRootOf(dir) {
  const known = packageRoots.get(dir);
  if (known !== undefined) return known;
  const parent = path.dirname(dir);
  const root = existsSync(path.join(dir, 'package.json'))
    ? dir
    : parent === dir
      ? null
      : packageRootOf(parent);
  packageRoots.set(dir, root);
  return root;
}

const isRelative = (specifier) =>
  specifier === '.' || specifier.startsWith('./') || specifier.startsWith('../');
const isInside = (folder, file) => {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/** Calls `check(node, specifier)` for every static import, re-export and dynamic import. */
function eachImport(check) {
  const fromSource = (node) => {
    if (node.source && typeof node.source.value === 'string') check(node.source, node.source.value);
  };
  return {
    ImportDeclaration: fromSource,
    ExportNamedDeclaration: fromSource,
    ExportAllDeclaration: fromSource,
    ImportExpression: fromSource,
  };
}

const noCrossPackageRelativeImport = {
  meta: {
    type: 'problem',
    docs: { description: 'A relative import stays inside its own package.' },
    messages: {
      crossPackage:
        "'{{specifier}}' reaches outside this package; import the other package by its name (@etj/...) and declare it as a dependency.",
    },
    schema: [],
  },
  create(context) {
    const file = context.physicalFilename;
    const root = packageRootOf(path.dirname(file));
    if (root === null) return {};
    return eachImport((node, specifier) => {
      if (!isRelative(specifier)) return;
      const target = path.resolve(path.dirname(file), specifier);
      if (!isInside(root, target)) {
        context.report({ node, messageId: 'crossPackage', data: { specifier } });
      }
    });
  },
};

const sourceFile = /\.(ts|tsx|mts|js|mjs)$/;
const importSpecifier =
  /\b(?:import|export)\s(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFilesUnder(folder) {
  const files = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...sourceFilesUnder(full));
    else if (sourceFile.test(entry.name)) files.push(full);
  }
  return files;
}

/**
 * The feature folder (first segment under `srcRoot`) of a file or an import's target, or null
 * for top-level files. A folder directly under `srcRoot` (`'../cases'`, its index) is that
 * feature.
 */
function featureOf(srcRoot, target) {
  if (!isInside(srcRoot, target)) return null;
  const segments = path.relative(srcRoot, target).split(path.sep);
  if (segments.length > 1) return segments[0];
  return statSync(target, { throwIfNoEntry: false })?.isDirectory() === true ? segments[0] : null;
}

/** The files under a src folder with their change times: the graph is rebuilt when it differs. */
function snapshotOf(files) {
  return files.map((file) => `${file}\0${statSync(file).mtimeMs}`).join('\n');
}

/** How long a graph is used without looking at the files again. */
export const GRAPH_RECHECK_MS = 500;

/**
 * The folder-level import graph of one src folder: feature -> the features its files import.
 * Read from the files on disk and kept while the files and their change times stay the same,
 * looked at again at most every `GRAPH_RECHECK_MS`: a lint run reads the files once, and a
 * long-running lint server (an editor's) sees files added, removed or saved.
 */
const graphs = new Map();
function featureGraph(srcRoot) {
  const known = graphs.get(srcRoot);
  const now = Date.now();
  if (known && now - known.checkedAt < GRAPH_RECHECK_MS) return known;
  const files = sourceFilesUnder(srcRoot);
  const snapshot = snapshotOf(files);
  if (known?.snapshot === snapshot) {
    known.checkedAt = now;
    return known;
  }
  const edges = new Map();
  for (const file of files) {
    const from = featureOf(srcRoot, file);
    if (from === null) continue;
    const targets = edges.get(from) ?? new Set();
    edges.set(from, targets);
    for (const match of readFileSync(file, 'utf8').matchAll(importSpecifier)) {
      const specifier = match[1] ?? match[2];
      if (!isRelative(specifier)) continue;
      const to = featureOf(srcRoot, path.resolve(path.dirname(file), specifier));
      if (to !== null && to !== from) targets.add(to);
    }
  }
  const graph = { edges, paths: new Map(), snapshot, checkedAt: now };
  graphs.set(srcRoot, graph);
  return graph;
}

/** The shortest chain of features from `start` to `goal`, or null when there is none. */
function chain(graph, start, goal) {
  const key = `${start}\0${goal}`;
  if (graph.paths.has(key)) return graph.paths.get(key);
  const previous = new Map([[start, null]]);
  const queue = [start];
  let found = null;
  while (queue.length > 0 && found === null) {
    const current = queue.shift();
    for (const next of graph.edges.get(current) ?? []) {
      if (previous.has(next)) continue;
      previous.set(next, current);
      if (next === goal) {
        found = next;
        break;
      }
      queue.push(next);
    }
  }
  let result = null;
  if (found !== null) {
    result = [];
    for (let step = found; step !== null; step = previous.get(step)) result.unshift(step);
  }
  graph.paths.set(key, result);
  return result;
}

const noFeatureCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Feature folders under src/ import each other without cycles.' },
    messages: {
      cycle:
        "Importing feature '{{to}}' from '{{from}}' closes a cycle between feature folders: {{cycle}}. Move the shared piece to the folder it belongs to (or to common/).",
    },
    schema: [],
  },
  create(context) {
    const file = context.physicalFilename;
    const root = packageRootOf(path.dirname(file));
    if (root === null) return {};
    const srcRoot = path.join(root, 'src');
    const from = featureOf(srcRoot, file);
    if (from === null) return {};
    const graph = featureGraph(srcRoot);
    return eachImport((node, specifier) => {
      if (!isRelative(specifier)) return;
      const to = featureOf(srcRoot, path.resolve(path.dirname(file), specifier));
      if (to === null || to === from) return;
      const back = chain(graph, to, from);
      if (back === null) return;
      const cycle = [from, ...back].join(' → ');
      context.report({ node, messageId: 'cycle', data: { from, to, cycle } });
    });
  },
};

export const structure = {
  meta: { name: 'etj-structure' },
  rules: {
    'no-cross-package-relative-import': noCrossPackageRelativeImport,
    'no-feature-cycle': noFeatureCycle,
  },
};
