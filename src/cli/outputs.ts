/**
 * Where each input's `--out` file goes. The rule, applied in input order:
 *
 * 1. `<out>/<rel dir>/<name><ext>`: `a/b.txt` → `<out>/a/b.json`;
 * 2. when an earlier input already has that name, or it is the path of an input itself, the
 *    input's whole file name is kept: `a/b.text` → `<out>/a/b.text.json`;
 * 3. when that is taken too, a number: `<out>/a/b.text.2.json`, `.3`, …
 *
 * So two inputs never write the same file, an input is never overwritten by an output, and
 * the same inputs always get the same names (which a rerun that skips existing outputs needs).
 * Names are compared without letter case on macOS and Windows, whose file systems ignore it.
 */
import path from 'node:path';
import type { InputItem } from './inputs';

const CASE_INSENSITIVE = process.platform === 'win32' || process.platform === 'darwin';
const key = (p: string): string => (CASE_INSENSITIVE ? p.toLowerCase() : p);

/** The names an input's output may take, in the order of the rule above. */
function* candidates(outDir: string, rel: string, ext: string): Generator<string> {
  const p = path.parse(rel);
  const dir = path.join(outDir, p.dir);
  yield path.join(dir, p.name + ext);
  if (p.ext !== '') yield path.join(dir, p.base + ext);
  for (let n = 2; ; n++) yield path.join(dir, `${p.base}.${n}${ext}`);
}

/** The output file of every input. */
export function planOutputs(items: readonly InputItem[], outDir: string, ext: string): Map<InputItem, string> {
  const taken = new Set<string>();
  for (const item of items) if (item.kind === 'file') taken.add(key(item.abs));
  const plan = new Map<InputItem, string>();
  for (const item of items) {
    for (const dest of candidates(outDir, item.rel, ext)) {
      if (taken.has(key(dest))) continue;
      taken.add(key(dest));
      plan.set(item, dest);
      break;
    }
  }
  return plan;
}
