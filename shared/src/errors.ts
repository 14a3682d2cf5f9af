/**
 * A mistake in what the user gave the action (an input, a config file, a missing file). The edge (`run`)
 * turns it into one `::error::` line and exit code 1, with no stack trace. Anything else is a bug.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

const SHOWN_VALUE_MAX = 200;

/** Quote a value for an error message, shortened so a pasted file does not flood the log. */
export function showValue(value: string, secret = false): string {
  if (secret) return "'***'";
  const oneLine = value.replace(/\r?\n/g, '\\n');
  return oneLine.length > SHOWN_VALUE_MAX ? `'${oneLine.slice(0, SHOWN_VALUE_MAX)}…'` : `'${oneLine}'`;
}

/** The one shape of an input error: which input, what value, what is allowed. */
export function inputError(input: string, value: string, allowed: string, secret = false): ConfigurationError {
  return new ConfigurationError(`Input '${input}' has ${showValue(value, secret)}: ${allowed}`);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
