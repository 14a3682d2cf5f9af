import { redact } from './secrets.ts';

/**
 * A mistake in what the user gave the action (an input, a config file, a missing file). The edge (`run`)
 * turns it into one `::error::` line and exit code 1, with no stack trace. Anything else is a bug.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

const SHOWN_VALUE_MAX = 200;

/** Control characters shown as escapes, so a pasted value cannot drive the terminal or the log parser. */
export function escapeControl(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}

/**
 * Quote a value for an error message: on one line, control characters escaped, credentials redacted and
 * shortened to 200 characters so a pasted file does not flood the log.
 */
export function showValue(value: string, secret = false): string {
  if (secret) return "'***'";
  const shown = escapeControl(redact(value));
  return shown.length > SHOWN_VALUE_MAX ? `'${shown.slice(0, SHOWN_VALUE_MAX)}…'` : `'${shown}'`;
}

/** The one shape of an input error: which input, what value, what is allowed. */
export function inputError(input: string, value: string, allowed: string, secret = false): ConfigurationError {
  return new ConfigurationError(`Input '${input}' has ${showValue(value, secret)}: ${allowed}`);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The errno code of a failed system call or socket (ENOENT, EACCES, ECONNREFUSED...), if it is one. */
export function systemErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return code;
  const cause = (error as { cause?: unknown } | null)?.cause;
  return cause && cause !== error ? systemErrorCode(cause) : undefined;
}

const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ENAMETOOLONG: 'file name too long',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EEXIST: 'already exists',
  EMFILE: 'too many open files',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'timed out',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'the other end closed the connection',
};

/**
 * A failure of the file system or the network, said as such: "what we were doing: what the system said".
 * Deeper code wraps the operation it was attempting (`while` names it); the edge uses the bare form.
 */
export function describeSystemError(error: unknown, while_?: string): string {
  const code = systemErrorCode(error) ?? '';
  const message = escapeControl(redact(errorMessage(error))).slice(0, 500);
  const detail = code && message.startsWith(code) ? message : `${SYSTEM_ERRORS[code] ?? 'failed'} (${code}): ${message}`;
  return `${while_ ? `${while_}: ` : ''}${detail}`;
}

/** The plain words for a system error code ("no such file or directory"), or the error's own message. */
export function systemErrorReason(error: unknown): string {
  const code = systemErrorCode(error) ?? '';
  return SYSTEM_ERRORS[code] ?? escapeControl(redact(errorMessage(error))).slice(0, 300);
}
