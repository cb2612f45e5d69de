/**
 * `npm run check:regex`: every regular-expression literal in src/ is checked with recheck
 * (a ReDoS checker: it proves a pattern linear or finds an attack string). A pattern it
 * flags must either be rewritten or be listed in BOUNDED with the reason the text it runs on
 * is short whatever the input (a quadratic pattern on at most a few thousand characters
 * costs microseconds). Exit 1 on a flagged pattern that is not listed.
 *
 * It takes about a minute (recheck's native checker, one pattern at a time), so it is a script
 * rather than part of `npm test`. The two patterns built with `new RegExp` (cue verbs in
 * src/quotes/cues.ts, HTML extensions in src/cli/inputs.ts) are alternations of words and
 * are not checked here.
 */
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { projectRoot } from '../src/nlp/ner/index';

/** Flagged patterns that only ever see short text: `file: /pattern/flags` → why. */
export const BOUNDED: Record<string, string> = {
  'src/cli/main.ts: /\\s*\\n\\s*/g': "commander's one usage-error message",
  'src/extractors/dateline.ts: /\\)\\s*\\S+$/': 'the text may run on past the dash (a date padded with any white space), but its only `)` stand in the dateline head, at most MAX_HEAD (80) characters before the dash',
  'src/extractors/dates.ts: /(?:^|[|/•·;,\\-–—]\\s*|\\s{2,}|[.)]\\s+)$/': 'stamp lines: at most MAX_STAMP_LINE (220) characters',
  'src/extractors/dates.ts: /\\[[^\\]]*\\]/g': 'stamp lines: at most MAX_STAMP_LINE (220) characters',
  'src/extractors/metadata/datelines.ts: /(?:^|,\\s*|\\s+)((\\p{L}+\\.?)\\s+(\\d{1,2})(?:,\\s*\\d{4})?|(\\d{1,2})\\s+(\\p{L}+\\.?)(?:\\s+\\d{4})?)$/u':
    'a dateline head: at most MAX_HEAD (80) characters',
  'src/extractors/metadata/datelines.ts: /[,.]+$/': 'a word of a dateline head (at most 80 characters)',
  'src/extractors/metadata/datelines.ts: /\\s+$/': 'a dateline head: at most MAX_HEAD (80) characters',
  'src/extractors/metadata/datelines.ts: /\\s*\\(([^()]{1,40})\\)$/': 'a dateline head: at most MAX_HEAD (80) characters',
  'src/extractors/metadata/datelines.ts: /\\s*,\\s*$/': 'a dateline head: at most MAX_HEAD (80) characters',
  'src/extractors/metadata/desks.ts: /\\s*(?:[|/•·,]|\\s[-–—]\\s|\\s[-–—]$)\\s*/g':
    'a byline or stamp line: deskInLine returns null beyond MAX_DESK_LINE (200) characters',
  'src/extractors/metadata/stamps.ts: /^[\\s,/|@·•\\-–—]*(?:at|on)?[\\s,/|@·•\\-–—]*$/i': 'findDates reads at most MAX_DATE_TEXT (1000) characters',
  'src/extractors/metadata/stamps.ts: /(?<=\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+)((?:19|20)\\d{2})(?=\\d{1,2}:\\d{2})/gi':
    'findDates reads at most MAX_DATE_TEXT (1000) characters',
  'src/extractors/metadata/stamps.ts: /(?<=\\b(?:19|20)\\d{2},?\\s+)(\\d{1,2})\\.(\\d{2})(?=\\s*(?:[ap]\\.?m\\.?|[A-Z]{2,5}\\b|$|[,|/]))/gi':
    'findDates reads at most MAX_DATE_TEXT (1000) characters',
  'src/extractors/metadata/stamps.ts: /(?<![\\p{L}\\p{N}])(?:(\\p{L}{3,})\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})|(\\d{1,2})\\.?\\s+(?:de\\s+)?(\\p{L}{3,})\\.?,?\\s+(?:de\\s+)?((?:19|20)\\d{2}))(?![\\p{L}\\p{N}])/gu':
    'findDates reads at most MAX_DATE_TEXT (1000) characters',
  'src/quotes/attribute.ts: /(?:[.!?:]|\\n)\\s*$/': 'the text between two quotes, at most 2 × WINDOW (3000) characters apart',
  'src/quotes/attribute.ts: /^[\\s\\u00a0]*[\\u2015\\u2014\\u2013-][\\s\\u00a0]*(\\p{Lu}[\\p{L}.\'’-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}.\'’-]*){0,4})[\\s\\u00a0.]*(?:\\n|$)/u':
    'dashSignature: the 79 characters after the closing mark (text.slice(close + 1, close + 80))',
  'src/quotes/kind.ts: /^\\s*[,—–-]?\\s*(?:\\S+\\s+){0,3}$/': 'the text before a cue found in after.slice(0, 40): at most 40 characters',
  'src/quotes/sentences.ts: /\\S*$/': 'abbreviationAt: the 13 characters up to a period (text.slice(i - 12, i + 1))',
};

interface Literal {
  key: string;
  where: string;
  source: string;
  flags: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every regular-expression literal in the TypeScript sources below `dir`. */
export function regexLiterals(root: string): Literal[] {
  const out: Literal[] = [];
  for (const file of tsFiles(join(root, 'src'))) {
    const rel = relative(root, file);
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const slash = literal.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        out.push({ key: `${rel}: ${literal}`, where: `${rel}:${line}`, source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

function main(): number {
  const literals = regexLiterals(projectRoot(__dirname));
  let unsafe = 0;
  let bounded = 0;
  for (const lit of literals) {
    // g and y change where matching starts, not how a match backtracks.
    const result = checkSync(lit.source, lit.flags.replace(/[gy]/g, ''));
    if (result.status === 'safe') continue;
    const why = BOUNDED[lit.key];
    const detail = result.status === 'vulnerable' ? `${result.complexity.type}, e.g. ${result.attack.pattern}` : result.status;
    if (why) {
      bounded++;
      console.log(`bounded  ${lit.where} ${lit.source.slice(0, 60)} (${detail}): ${why}`);
    } else {
      unsafe++;
      console.log(`UNSAFE   ${lit.where} /${lit.source}/${lit.flags} (${detail})`);
    }
  }
  // An entry whose pattern is gone (edited or moved) would vouch for nothing: say so and fail.
  const present = new Set(literals.map((l) => l.key));
  const stale = Object.keys(BOUNDED).filter((key) => !present.has(key));
  for (const key of stale) console.log(`STALE    ${key} (in BOUNDED, but no such pattern in src/)`);
  console.log(`${literals.length} regular expressions: ${literals.length - bounded - unsafe} safe, ${bounded} flagged but bounded, ${unsafe} unsafe${stale.length ? `; ${stale.length} stale BOUNDED entries` : ''}`);
  return unsafe > 0 || stale.length > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = main();
