/**
 * `npm run eval -- <suite> [args]`: evaluations against ../shared corpora.
 * Each suite lives in its own module exporting `run(args: string[]): Promise<number>`.
 */
const SUITES: Record<string, string> = {
  reuters: './eval-reuters',
  ner: './eval-ner',
  meta: './eval-meta',
  // The older name of `meta` (its `--html` is `--input html`).
  webdumps: './eval-meta',
  quotes: './eval-quotes',
  roundtrip: './eval-roundtrip',
  badbatch: './eval-badbatch',
  softbreaks: './eval-soft-breaks',
  wrapped: './eval-wrapped',
  people: './eval-people',
  titles: './eval-titles',
};

async function main(argv: string[]): Promise<number> {
  const [suite, ...rest] = argv;
  const modulePath = suite ? SUITES[suite] : undefined;
  if (!modulePath) {
    process.stderr.write(`usage: npm run eval -- <${Object.keys(SUITES).join('|')}> [args]\n`);
    return 2;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(modulePath) as { run: (args: string[]) => Promise<number> };
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`eval: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
