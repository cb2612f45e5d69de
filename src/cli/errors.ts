/** Errors the CLI reports as one line, without a stack trace. */

/** Something wrong with one input: reported as `artparse: <input>: <reason>`, exit 1. */
export class InputError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InputError';
  }
}

/** A wrong command line: reported as `artparse: <message>`, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A short reason for a file-system error, e.g. "permission denied". */
export function describeFsError(err: unknown): string {
  const code = err && typeof err === 'object' && 'code' in err ? String((err as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EROFS':
      return 'read-only file system';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
