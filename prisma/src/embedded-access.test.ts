import { describe, expect, it } from 'vitest';
import {
  embeddedPostgresAccessProblem,
  foldersUserCannotPass,
  type FolderStat,
} from './embedded-access.ts';

const ROOT = 0;
const POSTGRES = 101;

/** A made-up file system: folder -> permission bits and owner. */
function machine(folders: Record<string, FolderStat>) {
  return (folder: string): FolderStat | undefined => folders[folder];
}

const usual: Record<string, FolderStat> = {
  '/': { mode: 0o755, uid: ROOT },
  '/tmp': { mode: 0o1777, uid: ROOT },
  '/tmp/locked': { mode: 0o700, uid: ROOT },
  '/tmp/locked/repo': { mode: 0o755, uid: ROOT },
  '/tmp/locked/repo/.data': { mode: 0o755, uid: ROOT },
  '/tmp/locked/repo/.data/postgres': { mode: 0o700, uid: POSTGRES },
  '/srv/repo': { mode: 0o755, uid: ROOT },
  '/srv/repo/.data/postgres': { mode: 0o700, uid: POSTGRES },
};

describe('foldersUserCannotPass', () => {
  it('finds a folder only its owner may enter, above the programs or the data', () => {
    expect(
      foldersUserCannotPass('/tmp/locked/repo/.data/postgres', POSTGRES, machine(usual)),
    ).toEqual(['/tmp/locked']);
  });

  it('lets the user pass its own data directory and folders that do not exist yet', () => {
    expect(foldersUserCannotPass('/srv/repo/.data/postgres', POSTGRES, machine(usual))).toEqual([]);
    expect(foldersUserCannotPass('/srv/repo/.data/postgres', undefined, machine(usual))).toEqual([
      '/srv/repo/.data/postgres',
    ]);
  });
});

const user = { uid: POSTGRES, gid: POSTGRES };
/** The kernel's answer on the made-up machine: nothing below /tmp/locked can be reached. */
const refuseLocked = (folder: string) => !folder.startsWith('/tmp/locked');

describe('embeddedPostgresAccessProblem', () => {
  it('says what is wrong and how to fix it when root starts it in a closed folder', () => {
    const problem = embeddedPostgresAccessProblem(
      ['/tmp/locked/repo/node_modules/x', '/tmp/locked/repo/.data/postgres'],
      { isRoot: true, postgresUser: () => user, canPass: refuseLocked, statOf: machine(usual) },
    );
    expect(problem).toContain('may not pass through these folders');
    expect(problem).toContain('chmod o+x /tmp/locked');
    expect(problem).toContain('as an ordinary user');
    expect(problem).toContain('DATABASE_URL');
    expect(problem?.match(/^ {2}\/tmp\/locked$/gm)).toHaveLength(1);
  });

  it('has nothing to say to an ordinary user, or when every folder may be passed', () => {
    const closed = ['/tmp/locked/repo/.data/postgres'];
    expect(
      embeddedPostgresAccessProblem(closed, {
        isRoot: false,
        postgresUser: () => user,
        canPass: refuseLocked,
        statOf: machine(usual),
      }),
    ).toBeNull();
    expect(
      embeddedPostgresAccessProblem(['/srv/repo/.data/postgres'], {
        isRoot: true,
        postgresUser: () => user,
        canPass: refuseLocked,
        statOf: machine(usual),
      }),
    ).toBeNull();
  });

  it('believes the kernel over the permission bits: an ACL may let the user pass', () => {
    const acl = (folder: string) => folder !== '/nowhere';
    expect(
      embeddedPostgresAccessProblem(['/tmp/locked/repo/.data/postgres'], {
        isRoot: true,
        postgresUser: () => user,
        canPass: acl,
        statOf: machine(usual),
      }),
    ).toBeNull();
  });

  it('names the path itself when the bits do not show what blocks it', () => {
    const problem = embeddedPostgresAccessProblem(['/srv/repo/.data/postgres'], {
      isRoot: true,
      postgresUser: () => user,
      canPass: () => false,
      statOf: machine(usual),
    });
    expect(problem).toContain('chmod o+x /srv/repo/.data/postgres');
  });
});
