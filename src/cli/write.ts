/**
 * Writing an output file atomically (a temp file in the same folder, then rename), so a file
 * is either absent, the old one, or complete. Temp files still open when the process is
 * stopped by SIGINT, SIGTERM or SIGHUP are removed first (`removeTempsOnSignal`); a SIGKILL
 * can leave one behind, hidden (`.<name>.<pid>.<n>.tmp`), never under an output's name.
 * It does not fsync, so it does not promise durability across a power cut.
 */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import path from 'node:path';
import { errorCode } from './errors';

let counter = 0;
const openTemps = new Set<string>();

/**
 * Blocking on purpose: the main thread of a batch has nothing else to do meanwhile (the parser
 * threads go on), and four plain system calls leave far less garbage on its heap than their
 * promise versions (issue 6: its young generation grew to 32 MB over 10,000 outputs). A signal
 * is handled between calls, so it always finds the temp file in openTemps.
 */
export function writeFileAtomic(dest: string, data: string | Uint8Array): void {
  const dir = path.dirname(dest);
  const tmp = path.join(dir, tempName(path.basename(dest), `.${process.pid}.${counter++}.tmp`));
  openTemps.add(tmp);
  try {
    writeNewFile(tmp, data);
    renameSync(tmp, dest);
  } catch (err) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the write's own error is the one to report
    }
    throw err;
  } finally {
    openTemps.delete(tmp);
  }
}

/** Longest file name, in bytes, that common file systems take (NAME_MAX of ext4, XFS, APFS, NTFS in UTF-16 units). */
const NAME_MAX_BYTES = 255;

/**
 * The hidden temp file's name: `.<name><suffix>`, with `name` cut short when the whole would
 * be longer than a file system takes. Why: an output whose own name is near the limit (a
 * saved page named after a long headline) must not fail on its temp name alone.
 */
export function tempName(name: string, suffix: string): string {
  const room = NAME_MAX_BYTES - 1 - Buffer.byteLength(suffix);
  let kept = name;
  while (Buffer.byteLength(kept) > room) kept = kept.slice(0, -1);
  // A character cut in half by slice would leave a lone surrogate: drop it too.
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  return `.${kept}${suffix}`;
}

/**
 * Create `file` with `data`; its folder is made only when the write finds it missing. Most
 * outputs go to a folder an earlier output made, and a recursive mkdir before every write cost
 * a 10,000-file batch about a quarter of a second here.
 */
function writeNewFile(file: string, data: string | Uint8Array): void {
  const write = (): void => writeFileSync(file, data, { encoding: 'utf8', flag: 'wx' }); // the encoding applies to a string only
  try {
    write();
  } catch (err) {
    if (errorCode(err) !== 'ENOENT') throw err;
    mkdirSync(path.dirname(file), { recursive: true });
    write();
  }
}

/**
 * Is there an output file already (a rerun skips it unless --force)? A folder in its place is
 * not one. Nor is a path stat cannot look at (through a file, a name too long, a folder it may
 * not search): the write then fails for this input alone and says why.
 */
export function outputExists(dest: string): boolean {
  try {
    return statSync(dest, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false;
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Until the returned function is called, a stopping signal removes the temp files being
 * written, runs `beforeExit` (e.g. clearing the progress bar) and exits as the signal would
 * (128 + its number).
 */
export function removeTempsOnSignal(beforeExit: () => void): () => void {
  const handler = (signal: NodeJS.Signals): void => {
    for (const tmp of openTemps) rmSync(tmp, { force: true });
    beforeExit();
    process.exit(128 + (osConstants.signals[signal] ?? 1));
  };
  for (const s of SIGNALS) process.on(s, handler);
  return () => {
    for (const s of SIGNALS) process.removeListener(s, handler);
  };
}
