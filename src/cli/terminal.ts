/** Colour decisions, in the order ripgrep and jq use: explicit flag, then NO_COLOR, then TTY. */
import chalk from 'chalk';

/**
 * `flag` is true for `--color`, false for `--no-color`, undefined when neither was given.
 * NO_COLOR set to any non-empty value turns colour off unless `--color` asks for it.
 */
export function colorEnabled(flag: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}

/** A chalk instance that colours (basic 16 colours) or not, independent of process.argv/env. */
export function painter(enabled: boolean): chalk.Chalk {
  return new chalk.Instance({ level: enabled ? 1 : 0 });
}
