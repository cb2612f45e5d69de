/**
 * The build's ASCII rewrite of the bundles (scripts/bundle-cli.ts): the escapes it writes into
 * regular expression literals must match exactly what the characters did.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asciiOnly, escapeNonAscii } from '../scripts/bundle-cli';

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
