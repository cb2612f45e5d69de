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

/** The `code` of a Node system error ("ENOENT", "EPIPE"), or '' when it has none. */
export function errorCode(err: unknown): string {
  return err && typeof err === 'object' && 'code' in err ? String((err as { code: unknown }).code) : '';
}

/** What went wrong, as a message: an Error's message, or the thrown value itself. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The one-line reason an input failed: its own for an InputError, else `internal error: …`. */
export function failureReason(err: unknown): string {
  return err instanceof InputError ? err.message : `internal error: ${errorMessage(err)}`;
}

/** A short reason for a file-system error, e.g. "permission denied". */
export function describeFsError(err: unknown): string {
  switch (errorCode(err)) {
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
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'EDQUOT':
      return 'disk quota exceeded';
    default:
      return errorMessage(err);
  }
}
