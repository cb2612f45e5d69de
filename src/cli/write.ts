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
  mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(dest)}.${process.pid}.${counter++}.tmp`);
  openTemps.add(tmp);
  try {
    writeFileSync(tmp, data, { encoding: 'utf8', flag: 'wx' }); // the encoding applies to a string only
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

/** Is there an output file already (a rerun skips it unless --force)? A folder in its place is not one. */
export function outputExists(dest: string): boolean {
  return statSync(dest, { throwIfNoEntry: false })?.isFile() === true;
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
