/**
 * Output files for `--out`: where each goes, and writing it atomically (a temp file in the
 * same folder, then rename), so a file is either absent, the old one, or complete.
 * This protects against artparse failing or being stopped mid-write; it does not fsync, so
 * it does not promise durability across a power cut.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

let counter = 0;

/** `<out>/<rel without its extension><ext>`: `a/b.txt` → `<out>/a/b.md`. */
export function outputPath(outDir: string, rel: string, ext: string): string {
  const p = path.parse(rel);
  return path.join(outDir, p.dir, p.name + ext);
}

export async function writeFileAtomic(dest: string, data: string): Promise<void> {
  const dir = path.dirname(dest);
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(dest)}.${process.pid}.${counter++}.tmp`);
  try {
    await fs.writeFile(tmp, data, { encoding: 'utf8', flag: 'wx' });
    await fs.rename(tmp, dest);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}
