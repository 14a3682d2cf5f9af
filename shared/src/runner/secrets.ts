import * as core from '@actions/core';

/**
 * Every secret this step knows of. The runner masks registered values in the log, but not in the files an
 * action writes itself (job summary, outputs): those go through `redact` too.
 */
const secrets = new Set<string>();

/** `scheme://user:password@host` — the user info of any URL is a credential. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@]+)@/gi;

/** Mask a value in the log from now on, and in everything the kit writes. */
export function registerSecret(value: string): void {
  const trimmed = value.trim();
  // One or two characters would mask every occurrence of common letters: the runner refuses those too.
  if (trimmed.length < 3 || secrets.has(trimmed)) return;
  secrets.add(trimmed);
  core.setSecret(trimmed);
  for (const line of trimmed.split(/\r?\n/)) if (line.trim().length >= 3 && line.trim() !== trimmed) registerSecret(line);
}

/** Register the credentials embedded in URLs inside `text` (an input value, an environment variable). */
export function registerUrlCredentials(text: string): void {
  for (const match of text.matchAll(URL_CREDENTIALS)) {
    const userInfo = match[2] ?? '';
    registerSecret(userInfo);
    const password = userInfo.split(':').slice(1).join(':');
    if (password) registerSecret(password);
  }
}

/** Replace registered secrets and URL credentials by `***`. */
export function redact(text: string): string {
  let result = text.replace(URL_CREDENTIALS, '$1***@');
  // Longest first, so a secret containing another is replaced whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) result = result.split(secret).join('***');
  return result;
}
