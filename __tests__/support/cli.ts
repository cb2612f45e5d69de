/** The CLI run in-process on plain pipes (no terminal, no environment) in `cwd`, for tests. */
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main';
import { Capture } from './capture';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], cwd: string, stdin?: string | Buffer): Promise<CliResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(['node', 'artparse', ...args], {
    stdout,
    stderr,
    stdin: Readable.from(stdin === undefined ? [] : [Buffer.from(stdin)]),
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
