/**
 * `npm run eval -- roundtrip <md-out-dir> <input-dir> [--timezone <zone>]`
 *
 * Checks that Markdown written by `artparse <input-dir> --out <md-out-dir> --format md` keeps
 * its metadata: for every .md file, the YAML front matter read back with gray-matter must equal
 * the front matter of parseArticle on the matching input (the one the CLI names that .md file
 * after: src/cli/outputs.ts), decoded the way the CLI decodes it. `source.path` is only required to end with the input's
 * relative path, since the CLI records the path as it was given on its command line.
 * Prints the number of files and mismatches; exit 0 when there are files and no mismatches.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fg from 'fast-glob';
import matter from 'gray-matter';
import { discover, InputItem } from '../src/cli/inputs';
import { OutputPlanner } from '../src/cli/outputs';
import { articleFromBytes } from '../src/cli/run';
import { EXTENSIONS } from '../src/output';
import { frontMatter } from '../src/output/markdown';

const SHOW = 10;

/** The first differing field, as `a.b[2].c`, with both values. */
function firstDifference(expected: unknown, actual: unknown, at = ''): string | null {
  if (isDeepStrictEqual(expected, actual)) return null;
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object') {
    if (Array.isArray(expected) && Array.isArray(actual)) {
      if (expected.length !== actual.length) return `${at}: ${expected.length} items expected, ${actual.length} found`;
      for (let i = 0; i < expected.length; i++) {
        const d = firstDifference(expected[i], actual[i], `${at}[${i}]`);
        if (d) return d;
      }
    } else if (!Array.isArray(expected) && !Array.isArray(actual)) {
      const e = expected as Record<string, unknown>;
      const a = actual as Record<string, unknown>;
      for (const k of new Set([...Object.keys(e), ...Object.keys(a)])) {
        const d = firstDifference(e[k], a[k], at ? `${at}.${k}` : k);
        if (d) return d;
      }
    }
  }
  return `${at || '(root)'}: expected ${JSON.stringify(expected)}, found ${JSON.stringify(actual)}`;
}

/** Output file (relative to the output folder) → the input it is named after, as the CLI plans it. */
async function inputsByOutput(inputDir: string, outDir: string): Promise<Map<string, InputItem>> {
  const out = path.resolve(outDir);
  const found = await discover([inputDir], process.cwd(), {
    onProblem: (p) => {
      throw new Error(`${p.input}: ${p.reason}`);
    },
  });
  const planner = new OutputPlanner(out, EXTENSIONS.md, found);
  const byOutput = new Map<string, InputItem>();
  for await (const item of found.items) byOutput.set(path.relative(out, planner.next(item)), item);
  return byOutput;
}

export async function run(args: string[]): Promise<number> {
  const positional: string[] = [];
  let timezone: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--timezone') timezone = args[++i];
    else positional.push(args[i] as string);
  }
  const [outDir, inputDir] = positional;
  if (!outDir || !inputDir) {
    process.stderr.write('usage: npm run eval -- roundtrip <md-out-dir> <input-dir> [--timezone <zone>]\n');
    return 2;
  }

  const mdFiles = (await fg('**/*.md', { cwd: outDir, onlyFiles: true })).sort();
  let mismatches = 0;
  let shown = 0;
  const report = (file: string, what: string): void => {
    mismatches++;
    if (shown++ < SHOW) process.stdout.write(`  ${file}: ${what}\n`);
  };

  const inputs = await inputsByOutput(inputDir, outDir);
  for (const rel of mdFiles) {
    const item = inputs.get(rel);
    if (!item || item.kind !== 'file') {
      report(rel, 'no matching input');
      continue;
    }
    const input = item.abs;
    const data = matter(await fs.readFile(path.join(outDir, rel), 'utf8'), {}).data as Record<string, unknown>;
    const source = data.source as { path?: unknown } | undefined;
    const recorded = typeof source?.path === 'string' ? source.path : null;
    const inputRel = path.relative(inputDir, input);
    if (recorded === null || !(recorded === inputRel || recorded.endsWith(path.sep + inputRel))) {
      report(rel, `source.path ${JSON.stringify(recorded)} does not name ${inputRel}`);
      continue;
    }
    const article = articleFromBytes(await fs.readFile(input), recorded, timezone !== undefined ? { timezone } : {});
    const difference = firstDifference(JSON.parse(JSON.stringify(frontMatter(article))), data);
    if (difference) report(rel, difference);
  }

  if (shown < mismatches) process.stdout.write(`  … and ${mismatches - shown} more\n`);
  process.stdout.write(`roundtrip: ${mdFiles.length} files, ${mismatches} mismatches\n`);
  return mdFiles.length > 0 && mismatches === 0 ? 0 : 1;
}
