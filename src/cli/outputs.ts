/**
 * Where each input's `--out` file goes. The rule, applied in the order inputs are found:
 *
 * 1. `<out>/<rel dir>/<name><ext>`: `a/b.txt` → `<out>/a/b.json`;
 * 2. when an earlier input already has that name, or it is an input (a file named on the
 *    command line, or an existing file that a folder or glob of the command line would find),
 *    the input's whole file name is kept: `a/b.text` → `<out>/a/b.text.json`;
 * 3. when that is taken too, a number: `<out>/a/b.text.2.json`, `.3`, …
 *
 * So two inputs never write the same file, an input is never overwritten by an output, and
 * the same inputs found in the same order get the same names (which a rerun that skips
 * existing outputs needs: names clash only within one folder, whose files the file system
 * lists in a stable order, or across arguments, taken in command-line order).
 * Names are compared without letter case on macOS and Windows, whose file systems ignore it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Discovery, InputItem, keptPathKey, pathKey as key } from './inputs';

/** The names an input's output may take, in the order of the rule above. */
function* candidates(outDir: string, rel: string, ext: string): Generator<string> {
  const p = path.parse(rel);
  const dir = path.join(outDir, p.dir);
  yield path.join(dir, p.name + ext);
  if (p.ext !== '') yield path.join(dir, p.base + ext);
  for (let n = 2; ; n++) yield path.join(dir, `${p.base}.${n}${ext}`);
}

/**
 * Names outputs one input at a time, as discovery finds them. It keeps the names given so far,
 * one set entry per input: the part of a batch's memory that grows with the number of inputs
 * (about 100 bytes an input: 9.5 MB for 100,000 names like `archive/2019/123/story-12345.txt`).
 */
export class OutputPlanner {
  /** Files named on the command line: no output may take their name. */
  private readonly named = new Set<string>();
  /** This run's outputs so far. */
  private readonly outputs = new Set<string>();

  /**
   * `inputs.named`: files named on the command line, which no output may replace;
   * `inputs.wouldFind`: whether a folder or glob of the command line finds a path.
   */
  constructor(
    private readonly outDir: string,
    private readonly ext: string,
    private readonly inputs: Pick<Discovery, 'named' | 'wouldFind'>,
  ) {
    for (const file of inputs.named) this.named.add(keptPathKey(file));
  }

  /** The output file of the next input. */
  next(item: InputItem): string {
    for (const dest of candidates(this.outDir, item.rel, this.ext)) {
      const k = key(dest);
      if (this.named.has(k) || this.outputs.has(k) || this.isInput(dest)) continue;
      this.outputs.add(keptPathKey(dest));
      return dest;
    }
    throw new Error('unreachable: candidates() never ends');
  }

  /**
   * Is this file one of this run's outputs? A folder or glob still being listed can come upon
   * an output written a moment ago (`artparse 'data/**' --out data/parsed`): it is no input.
   */
  isOutput(abs: string): boolean {
    return this.outputs.has(key(abs));
  }

  /** An existing file that discovery finds (or has found) is an input, even if not found yet. */
  private isInput(dest: string): boolean {
    return this.inputs.wouldFind(dest) && existsSync(dest);
  }
}
