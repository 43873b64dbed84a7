// The raw official files (../shared/raw beside the repository, or $GPW_RAW_DIR) that some data tests check data/
// against. Never an absolute path: everything resolves from the repository. When a raw file is missing those tests
// FAIL, naming the path; only with GPW_ALLOW_MISSING_RAW=1 (which .ci/run sets, after a loud banner, when
// ../shared/raw does not exist) are they skipped, and the skip says why in the test's name.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The raw files' folder: $GPW_RAW_DIR, or ../shared/raw beside the repository. */
export const RAW_DIR = resolve(process.env.GPW_RAW_DIR ?? resolve(ROOT, '../shared/raw'));

const allowMissing = () => process.env.GPW_ALLOW_MISSING_RAW === '1';

export interface RawFile {
  /** Its absolute path (resolved from the repository or $GPW_RAW_DIR). */
  readonly path: string;
  readonly present: boolean;
  /** Missing, and GPW_ALLOW_MISSING_RAW=1: the test is skipped. */
  readonly skip: boolean;
  /** " (skipped: …)" to add to a skipped test's name, or "". */
  readonly skipNote: string;
  /** The path, or a clear failure naming it when the file is missing. */
  require: () => string;
}

/** A raw file or folder, by its path inside the raw folder ("workforce/nhs_payments_to_general_practice"). */
export function rawFile(relative: string): RawFile {
  const path = join(RAW_DIR, relative);
  const present = existsSync(path);
  const skip = !present && allowMissing();
  return {
    path,
    present,
    skip,
    skipNote: skip ? ` (skipped: no raw file at ${path}; GPW_ALLOW_MISSING_RAW=1)` : '',
    require: () => {
      if (present) return path;
      throw new Error(
        `The raw file this test checks against is missing: ${path}. Put the raw files at ../shared/raw beside the ` +
          'repository or set GPW_RAW_DIR; set GPW_ALLOW_MISSING_RAW=1 only to skip these checks on purpose.',
      );
    },
  };
}
