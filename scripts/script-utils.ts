/** Small helpers the benchmark and fuzz scripts share: timing and `--name value` arguments. */

/** Wall-clock milliseconds since `from` (process.hrtime.bigint()). */
export function wallMs(from: bigint): number {
  return Number(process.hrtime.bigint() - from) / 1e6;
}

/** CPU time of this process (user + system) in ms since `from`: unaffected by other processes. */
export function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

/** The value after `--name` on the command line, if any. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}
