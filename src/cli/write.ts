/**
 * Writing an output file atomically (a temp file in the same folder, then rename), so a file
 * is either absent, the old one, or complete. Temp files still open when the process is
 * stopped by SIGINT, SIGTERM or SIGHUP are removed first (`removeTempsOnSignal`); a SIGKILL
 * can leave one behind, hidden (`.<name>.<pid>.<n>.tmp`), never under an output's name.
 * It does not fsync, so it does not promise durability across a power cut.
 */
import { promises as fs, rmSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import path from 'node:path';

let counter = 0;
const openTemps = new Set<string>();

export async function writeFileAtomic(dest: string, data: string): Promise<void> {
  const dir = path.dirname(dest);
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(dest)}.${process.pid}.${counter++}.tmp`);
  openTemps.add(tmp);
  try {
    await fs.writeFile(tmp, data, { encoding: 'utf8', flag: 'wx' });
    await fs.rename(tmp, dest);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  } finally {
    openTemps.delete(tmp);
  }
}

/** Is there an output file already (a rerun skips it unless --force)? A folder in its place is not one. */
export async function outputExists(dest: string): Promise<boolean> {
  return fs.stat(dest).then(
    (st) => st.isFile(),
    () => false,
  );
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
