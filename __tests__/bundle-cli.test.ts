/**
 * The build's ASCII rewrite of the bundles (scripts/bundle-cli.ts): the escapes it writes into
 * regular expression literals must match exactly what the characters did. And the code cache
 * that bin/artparse writes for the build is one node takes when bin/artparse starts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asciiOnly, escapeNonAscii } from '../scripts/bundle-cli';
import { BIN, BUNDLE, ensureBundled, ROOT } from './support/built';

/** Patterns as they stand in the bundle (dashes, quotation marks, bullets, Cyrillic), and an astral character under /u. */
const SOURCE = String.raw`module.exports = [
  /^[\s,/|@·•\-–—]*(?:at|on)?[\s,/|@·•\-–—]*$/i,
  /^(?:text|texto|текст|автор)\s*:/iu,
  /[‘’“”„«»]+/g,
  /^[•□☆●■▪◦━─═|]+$/,
  /😀+/u,
  /[😀-😂]/u,
];`;
const SAMPLES = [' — at – ', 'Текст: Лида', 'АВТОР: x', '«quoted» ‘x’', '•■▪', '😀😀', '😁', '\uD83D', 'plain', '-'];

function patterns(source: string): RegExp[] {
  const module = { exports: [] as RegExp[] };
  new Function('module', source)(module);
  return module.exports;
}

test('escapeNonAscii leaves ASCII only, and every pattern matches the same samples as before', () => {
  const escaped = escapeNonAscii(SOURCE);
  expect(escaped).toMatch(/^[\x00-\x7f]*$/);
  expect(escaped).toContain(String.raw`\u2013`);
  const before = patterns(SOURCE);
  const after = patterns(escaped);
  expect(after.map((r) => r.flags)).toEqual(before.map((r) => r.flags));
  for (let i = 0; i < before.length; i++) {
    for (const s of SAMPLES) expect([i, s, after[i].test(s)]).toEqual([i, s, before[i].test(s)]);
  }
});

test('asciiOnly rewrites a bundle file, and leaves one whose non-ASCII character follows a backslash', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'artparse-bundle-'));
  const write = process.stderr.write;
  const said: string[] = [];
  process.stderr.write = ((chunk: string) => said.push(chunk) > 0) as typeof process.stderr.write;
  try {
    const plain = path.join(dir, 'a.js');
    writeFileSync(plain, SOURCE);
    asciiOnly(plain);
    expect(readFileSync(plain, 'utf8')).toBe(escapeNonAscii(SOURCE));
    const escapedDash = path.join(dir, 'b.js');
    writeFileSync(escapedDash, 'module.exports = /\\–/;');
    asciiOnly(escapedDash);
    expect(readFileSync(escapedDash, 'utf8')).toBe('module.exports = /\\–/;');
    expect(said.join('')).toContain('b.js escapes a non-ASCII character');
  } finally {
    process.stderr.write = write;
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the code cache bin/artparse writes for the build is taken by node as bin/artparse starts it', () => {
  // `npm ci` builds it (the prepare script), as `npm run build` does; remade here when a test
  // run recompiled the modules after it
  ensureBundled();
  const bundle = BUNDLE;
  expect(existsSync(bundle)).toBe(true);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'artparse-cache-'));
  try {
    const cache = path.join(dir, 'main.bundle.js.cache');
    // what scripts/bundle-cli.ts runs: a parse that stores the code it compiled
    const run = spawnSync(process.execPath, [BIN, path.join(ROOT, 'fixtures', 'nato-stoltenberg.txt')], {
      env: { ...process.env, ARTPARSE_WRITE_CODE_CACHE: cache },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    // V8 rejects a cache made under other flags than the ones node starts with (bin/artparse
    // sets one, --regexp-tier-up-ticks, after it has read the cache)
    const check = `const fs = require('fs'), vm = require('vm'), Module = require('module');
      const script = new vm.Script(Module.wrap(fs.readFileSync(process.argv[1], 'utf8')), { filename: process.argv[1], cachedData: fs.readFileSync(process.argv[2]) });
      process.stdout.write(script.cachedDataRejected ? 'rejected' : 'taken');`;
    const taken = spawnSync(process.execPath, ['-e', check, bundle, cache], { encoding: 'utf8' });
    expect(taken.stdout).toBe('taken');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
