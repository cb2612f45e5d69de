/**
 * `npm run eval -- badbatch <reuters-dir> [--files 1000] [--bad 50]`
 *
 * A batch of Reuters-21578 stories with corrupted files mixed in, run through the built CLI
 * (`bin/artparse in --out out --max-bytes 1M`, default threads) in a temporary folder. The bad
 * files replace every (files/bad)-th story, cycling through: binary (NUL bytes), control
 * character noise, empty, whitespace only, invalid UTF-16 (a lone surrogate after a BOM),
 * a broken symbolic link (root reads any file, so a link to nothing stands for an unreadable
 * one) and a 2 MB file over --max-bytes. Checks: exit code 1; every good story written,
 * equal to parsing it in-process and with the gold headline; every bad file named on stderr
 * with its reason; nothing else written or reported. Prints the counts; exit 0 when all hold.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { articleFromBytes } from '../src/cli/run';
import { projectRoot } from '../src/nlp/ner/index';
import { arg, positionals } from './script-utils';

interface BadKind {
  name: string;
  reason: (file: string) => string;
  make: (file: string) => Promise<void>;
}

const MAX_BYTES = '1M';

const KINDS: BadKind[] = [
  {
    name: 'binary',
    reason: () => 'not a text file',
    make: (f) => fs.writeFile(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])),
  },
  {
    name: 'control characters',
    reason: () => 'not a text file (50 % control characters)',
    make: (f) => fs.writeFile(f, Buffer.from('\x01a\x02b\x03c\x04d'.repeat(100), 'latin1')),
  },
  { name: 'empty', reason: () => 'empty file', make: (f) => fs.writeFile(f, '') },
  { name: 'whitespace', reason: () => 'empty file (only whitespace)', make: (f) => fs.writeFile(f, ' \r\n\t\n   \n') },
  {
    name: 'invalid UTF-16',
    reason: () => 'not valid UTF-16LE text',
    make: (f) => fs.writeFile(f, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('REUTER', 'utf16le'), Buffer.from([0x00, 0xdc])])),
  },
  {
    name: 'broken link',
    reason: (f) => `broken symbolic link (its target ${f}.gone does not exist)`,
    make: (f) => fs.symlink(`${f}.gone`, f),
  },
  {
    name: 'too large',
    reason: () => `too large (${2 * 1024 * 1024} bytes; the limit is --max-bytes ${1024 * 1024})`,
    make: (f) => fs.writeFile(f, 'SHEARSON SAYS '.repeat(2 * 1024 * 1024 / 14 + 1).slice(0, 2 * 1024 * 1024)),
  },
];

export async function run(args: string[]): Promise<number> {
  const [corpus] = positionals(args);
  if (!corpus) {
    process.stderr.write('usage: npm run eval -- badbatch <reuters-dir> [--files 1000] [--bad 50]\n');
    return 2;
  }
  const total = Number(arg('--files', args) ?? 1000);
  const badCount = Number(arg('--bad', args) ?? 50);
  const stories = (await fs.readdir(corpus)).filter((f) => f.endsWith('.txt')).sort((a, b) => parseInt(a, 10) - parseInt(b, 10)).slice(0, total);
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'artparse-badbatch-'));
  const inDir = path.join(work, 'in');
  await fs.mkdir(inDir);

  const every = Math.floor(stories.length / badCount);
  const bad = new Map<string, string>(); // display path → expected reason
  const good: Array<{ display: string; story: string }> = [];
  for (let i = 0; i < stories.length; i++) {
    const story = stories[i] as string;
    const display = `in/${story}`;
    const file = path.join(inDir, story);
    if (i % every === every - 1 && bad.size < badCount) {
      const kind = KINDS[bad.size % KINDS.length] as BadKind;
      await kind.make(file);
      bad.set(display, kind.reason(file));
    } else {
      await fs.copyFile(path.join(corpus, story), file);
      good.push({ display, story });
    }
  }

  const cli = path.join(projectRoot(__dirname), 'bin', 'artparse');
  const t0 = Date.now();
  const result = spawnSync(process.execPath, [cli, 'in', '--out', 'out', '--max-bytes', MAX_BYTES], { cwd: work, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (Date.now() - t0) / 1000;

  const problems: string[] = [];
  const stderr = result.stderr.split('\n').filter(Boolean);
  // The summary line shows only on a terminal or with --verbose; take it when present.
  const summary = /^artparse: \d+ files/.test(stderr[stderr.length - 1] ?? '') ? (stderr.pop() as string) : '(none: stderr is not a terminal)';
  const reported = new Map<string, string>();
  for (const line of stderr) {
    const m = /^artparse: (in\/[^:]+): (.*)$/.exec(line);
    if (m) reported.set(m[1] as string, m[2] as string);
    else problems.push(`unexpected stderr line: ${line}`);
  }
  let named = 0;
  for (const [display, reason] of bad) {
    if (reported.get(display) === reason) named++;
    else problems.push(`${display}: expected "${reason}", got ${JSON.stringify(reported.get(display) ?? null)}`);
  }
  for (const display of reported.keys()) if (!bad.has(display)) problems.push(`${display}: reported but good`);

  let written = 0;
  let correct = 0;
  for (const { display, story } of good) {
    const out = path.join(work, 'out', story.replace(/\.txt$/, '.json'));
    let text: string;
    try {
      text = await fs.readFile(out, 'utf8');
    } catch {
      problems.push(`${display}: no output`);
      continue;
    }
    written++;
    const article = JSON.parse(text) as { headline: string | null };
    const expected = JSON.parse(JSON.stringify(articleFromBytes(await fs.readFile(path.join(corpus, story)), display))) as unknown;
    const gold = JSON.parse(await fs.readFile(path.join(corpus, story.replace(/\.txt$/, '.json')), 'utf8')) as { headline: string | null };
    if (isDeepStrictEqual(article, expected) && article.headline === gold.headline) correct++;
    else problems.push(`${display}: output differs from the in-process parse or the gold headline`);
  }
  const outFiles = (await fs.readdir(path.join(work, 'out'))).length;
  if (outFiles !== good.length) problems.push(`${outFiles} files in out/, ${good.length} expected`);
  if (result.status !== 1) problems.push(`exit code ${result.status}, 1 expected`);

  console.log(`badbatch: ${stories.length} Reuters stories, ${bad.size} of them corrupted (${KINDS.map((k) => k.name).join(', ')}), CLI ${seconds.toFixed(1)} s`);
  console.log(`good outputs written  ${written}/${good.length}, correct ${correct}/${good.length}`);
  console.log(`bad files named       ${named}/${bad.size} with their reason`);
  console.log(`exit code             ${result.status}`);
  console.log(`summary line          ${summary}`);
  for (const p of problems.slice(0, 10)) console.log(`  ${p}`);
  console.log(problems.length === 0 ? 'all checks hold' : `${problems.length} problems`);
  await fs.rm(work, { recursive: true, force: true });
  return problems.length === 0 ? 0 : 1;
}
