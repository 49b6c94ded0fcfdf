import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the routes of each SPA are declared: the app's own file and the routes both share. */
const ROUTE_FILES = {
  citizen: 'apps/citizen/src/App.tsx',
  staff: 'apps/staff/src/App.tsx',
} as const;
const SHARED_ROUTES = 'packages/spa/src/shell/SpaRoutes.tsx';
/** Where an import from a workspace package finds the constants routes use. */
const PACKAGE_SOURCES: Record<string, string> = {
  '@etj/spa': 'packages/spa/src/routing/surface.ts',
};

/** A regular expression's group, '' when it did not take part. */
function at(match: RegExpMatchArray, group: number): string {
  return match[group] ?? '';
}

function read(file: string): string {
  return readFileSync(resolve(REPO, file), 'utf8');
}

/** The string entries of `export const NAME = { key: '/path', ... }` in a source file. */
function objectEntries(source: string, name: string): Record<string, string> | undefined {
  const start = source.search(new RegExp(`export const ${name} = \\{`));
  if (start === -1) return undefined;
  const body = source.slice(start, source.indexOf('}', start));
  const entries: Record<string, string> = {};
  for (const match of body.matchAll(/(\w+): '([^']*)'/g)) entries[at(match, 1)] = at(match, 2);
  return entries;
}

/** The file an identifier is imported from in `file` (relative or a known package). */
function importedFrom(file: string, source: string, identifier: string): string | undefined {
  for (const match of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    const names = at(match, 1)
      .split(',')
      .map((name) => name.replace(/^\s*type\s+/, '').trim());
    if (!names.includes(identifier)) continue;
    const from = at(match, 2);
    if (from.startsWith('.')) return `${dirname(file)}/${from}`.replace(/\/\.\//g, '/');
    return PACKAGE_SOURCES[from];
  }
  return undefined;
}

/** Follows `...OTHER` spreads in an object of paths (as the staff PATHS spreads SPA_PATHS). */
function constantObject(file: string, name: string): Record<string, string> {
  const source = read(file);
  const entries = objectEntries(source, name);
  if (!entries) throw new Error(`No "export const ${name} = {" in ${file}`);
  const start = source.search(new RegExp(`export const ${name} = \\{`));
  const body = source.slice(start, source.indexOf('}', start));
  for (const spread of body.matchAll(/\.\.\.(\w+)/g)) {
    const from = importedFrom(file, source, at(spread, 1));
    if (!from) throw new Error(`Cannot follow ...${at(spread, 1)} in ${file}`);
    for (const [key, value] of Object.entries(constantObject(normalise(from), at(spread, 1)))) {
      entries[key] ??= value;
    }
  }
  return entries;
}

function normalise(file: string): string {
  const parts: string[] = [];
  for (const part of file.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** A route's path written as an expression (`PATHS.queue`, `X.slice(1)`), as a string. */
function resolveExpression(file: string, source: string, expression: string): string {
  const member = /^(\w+)\.(\w+)$/.exec(expression);
  if (member) {
    const from = importedFrom(file, source, at(member, 1));
    const value = from ? constantObject(normalise(from), at(member, 1))[at(member, 2)] : undefined;
    if (value !== undefined) return value;
  }
  const constant = /^(\w+)(\.slice\(1\))?$/.exec(expression);
  if (constant) {
    const from = importedFrom(file, source, at(constant, 1));
    const target = from ? normalise(from) : undefined;
    const value =
      target && existsSync(resolve(REPO, target))
        ? new RegExp(`export const ${at(constant, 1)} = '([^']*)'`).exec(read(target))?.[1]
        : undefined;
    if (value !== undefined) return constant[2] ? value.slice(1) : value;
  }
  throw new Error(
    `The screen check cannot read the route path {${expression}} in ${file}: write it as a string, a PATHS.key or a constant, or teach e2e/support/screen-routes.ts to read it.`,
  );
}

/** Every `<Route path=…>` (and the index route, as "/") of one source file, as absolute paths. */
function routesIn(file: string): string[] {
  const source = read(file);
  const routes: string[] = [];
  for (const match of source.matchAll(/<Route\s+(index|path=(?:"([^"]*)"|\{([^}]*)\}))/g)) {
    let path: string;
    if (match[1] === 'index') path = '/';
    else if (match[2] !== undefined) path = match[2];
    else path = resolveExpression(file, source, at(match, 3).trim());
    routes.push(path === '*' || path.startsWith('/') ? path : `/${path}`);
  }
  return routes;
}

/** The route table of one SPA as its source declares it ("*" is the not-found page). */
export function routeTable(surface: keyof typeof ROUTE_FILES): string[] {
  return [...new Set([...routesIn(ROUTE_FILES[surface]), ...routesIn(SHARED_ROUTES)])].sort();
}

/** Routes the source has that the screen list does not visit, and listed ones that are gone. */
export function routeCoverage(
  table: readonly string[],
  visited: readonly string[],
): { notVisited: string[]; notInTable: string[] } {
  return {
    notVisited: table.filter((route) => !visited.includes(route)),
    notInTable: [...new Set(visited)].filter((route) => !table.includes(route)),
  };
}
