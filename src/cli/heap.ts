/**
 * V8's `--optimize-for-size`, for the runs long enough to need it. V8 flags are per process;
 * a heap reads some of them when it is made (a parser thread's) and some as it goes (the
 * main thread's heap growing and shrinking), so the flag is set at run time, once, and stays.
 *
 * It makes V8's collections compact a heap to what is live and grow it by small steps. A
 * single input, or a short batch, is left as it is: given to node at start-up, the flag cost
 * a run in one thread 17-29 % more CPU (Reuters, --jobs 1), and such a run holds little.
 */
import { setFlagsFromString } from 'node:v8';

let optimisedForSize = false;

/** Set `--optimize-for-size`, once (later calls do nothing). */
export function optimiseForSize(): void {
  if (optimisedForSize) return;
  optimisedForSize = true;
  setFlagsFromString('--optimize-for-size');
}

/**
 * Inputs from which a run parsed in the main thread (--jobs 1, or a 1-core machine) is long
 * enough to need `--optimize-for-size`.
 */
export const LONG_BATCH_INPUTS = 1000;

/**
 * Before a run parses in the main thread: `inputs` is how many it has (Infinity for a stream
 * of records, whose length is unknown). From LONG_BATCH_INPUTS on, the flag is set as the run
 * starts; set after the 1,000th input instead, one batch of 10,000 files still peaked at 155
 * MiB (the heap had grown by then). Measured 2026-11-28, alternating runs:
 * - a batch, --jobs 1, ndjson to /dev/null: all 4,584 Reuters stories 6.25-6.58 -> 6.39-6.49 s,
 *   peak RSS 139-142 -> 105-106 MiB; 1,781 BBC articles 4.82-4.96 -> 4.95-5.05 s, 149-153 ->
 *   105-108 MiB; 10,000 Reuters files 151-162 -> 106-107 MiB (with --out 131-161 -> 108),
 *   1,000 of them 116-117 -> 100-102 MiB;
 * - a stream (--input ndjson --jobs 1, what the README's GNU parallel, Hadoop and Spark recipes
 *   run), Reuters stories as records, three runs each: 10,000 records 147-173 -> 100-102 MiB,
 *   11.9-12.3 -> 12.4-13.1 s; 1,000 records 114-115 -> 94-99 MiB, 1.73-1.90 -> 1.93-2.04 s.
 */
export function sizeHeapForOneThread(inputs: number): void {
  if (inputs >= LONG_BATCH_INPUTS) optimiseForSize();
}
