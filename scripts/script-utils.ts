/** Small helpers the benchmark, eval, training and fuzz scripts share: timing, figures, `--name value` arguments and corpus files. */
import fg from 'fast-glob';

/** Wall-clock milliseconds since `from` (process.hrtime.bigint()). */
export function wallMs(from: bigint): number {
  return Number(process.hrtime.bigint() - from) / 1e6;
}

/** CPU time of this process (user + system) in ms since `from`: unaffected by other processes. */
export function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

/** The value after `name` ("--files") in `args` (by default this process's command line), if any. */
export function arg(name: string, args: readonly string[] = process.argv): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** The arguments that are neither a `--flag` nor the value after one (every flag here takes a value). */
export function positionals(args: readonly string[]): string[] {
  return args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
}

/** The middle value (the upper one of an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** A count for people: rounded, with thousands separators ("119,243"). */
export function fmt(x: number): string {
  return Math.round(x).toLocaleString('en-US');
}

/** The *.txt files below the folders, in one stable order (fast-glob, as the CLI finds its inputs). */
export function textFilesBelow(dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) => fg.sync('**/*.txt', { cwd: dir, absolute: true })).sort();
}
