import * as core from '@actions/core';
import { ConfigurationError } from '@archway/kit';
import { findUserFiles, workspaceDir } from '@archway/kit/files';

/**
 * The regular files the glob patterns match, sorted, confined to the workspace (the kit refuses a pattern
 * or a symlink that leads out). Each pattern is matched on its own, with every `!` exclusion, so a pattern
 * that matches nothing is named: an error with `failOnUnmatched`, else a warning.
 */
export async function findAssetFiles(input: string, patterns: readonly string[], failOnUnmatched: boolean): Promise<string[]> {
  const excludes = patterns.filter((p) => p.startsWith('!'));
  const found = new Set<string>();
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    const matched = await findUserFiles(input, [pattern, ...excludes]);
    if (matched.length === 0) {
      const message = `Input '${input}' has the pattern '${pattern}', which matches no file in the workspace (${workspaceDir()})`;
      if (failOnUnmatched) throw new ConfigurationError(`${message}; set fail-on-unmatched: false to release without it`);
      core.warning(message);
    }
    for (const file of matched) found.add(file);
  }
  return [...found].sort();
}
