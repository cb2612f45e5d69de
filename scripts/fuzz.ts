/**
 * `npm run fuzz [-- --runs N] [--seed S]`: run the properties of scripts/fuzz-cases.ts for N
 * cases in all (default 100,000, split evenly), and print per property how many ran and
 * whether any failed (with fast-check's shrunk counterexample). Exit 1 on a failure.
 * It takes several minutes; run it with `nice` on a shared machine.
 */
import fc from 'fast-check';
import { PROPERTIES } from './fuzz-cases';
import { arg } from './script-utils';

function main(): number {
  const total = Number(arg('--runs') ?? 100_000);
  const seed = Number(arg('--seed') ?? Date.now() % 2 ** 31);
  const entries = Object.entries(PROPERTIES);
  const each = Math.ceil(total / entries.length);
  let ran = 0;
  let failed = 0;
  console.log(`fuzz: ${each * entries.length} cases, seed ${seed}`);
  for (const [name, run] of entries) {
    const t0 = Date.now();
    const result = run({ numRuns: each, seed });
    ran += result.numRuns;
    const secs = ((Date.now() - t0) / 1000).toFixed(0);
    if (result.failed) {
      failed++;
      console.log(`${name}: FAILED after ${result.numRuns} cases (${secs} s)\n${fc.defaultReportMessage(result) ?? ''}`);
    } else {
      console.log(`${name}: ${result.numRuns} cases, 0 failures (${secs} s)`);
    }
  }
  console.log(`fuzz: ${ran} cases, ${failed} properties failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
