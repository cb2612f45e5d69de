/**
 * `npm run bench:adversarial [-- --size BYTES] [--kind TEXT]`: parse each adversarial input
 * (scripts/adversarial.ts) of about 1 MB once and print the time it took, plus one 10 MB line
 * of real text. The bar is under 2 s per 1 MB input; this is a benchmark, so nothing
 * fails on time. Exit 1 only if a parse throws.
 */
import { parseArticle } from '../src';
import { adversarialInputs } from './adversarial';
import { arg, cpuMs, wallMs } from './script-utils';

const MB = 1024 * 1024;

function timeParse(text: string): { ms: number; cpuMs: number } {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  parseArticle(text);
  return { ms: wallMs(t0), cpuMs: cpuMs(c0) };
}

function main(): number {
  const size = Number(arg('--size') ?? MB);
  const only = arg('--kind');
  parseArticle('Warm up\n\nLONDON, March 3 (Reuters) - The model loads once.'); // NER model load
  const inputs = adversarialInputs(size);
  const longLine = inputs.find((i) => i.kind === 'one long line of real text');
  if (longLine && size === MB) inputs.push({ kind: 'one 10 MB line of real text', text: adversarialInputs(10 * MB).find((i) => i.kind === longLine.kind)?.text ?? '' });
  let failed = 0;
  let slowest = 0;
  console.log(`kind${' '.repeat(30)}chars      wall ms   cpu ms`);
  for (const input of inputs) {
    if (only && !input.kind.includes(only)) continue;
    try {
      const t = timeParse(input.text);
      if (input.text.length <= size * 1.1) slowest = Math.max(slowest, t.ms);
      console.log(`${input.kind.padEnd(34)}${String(input.text.length).padStart(9)}${t.ms.toFixed(0).padStart(10)}${t.cpuMs.toFixed(0).padStart(9)}`);
    } catch (err) {
      failed++;
      console.log(`${input.kind.padEnd(34)}threw: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  console.log(`slowest input of about ${size} characters: ${slowest.toFixed(0)} ms; ${failed} threw`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
