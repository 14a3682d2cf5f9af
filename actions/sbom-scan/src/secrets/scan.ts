import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SecretFinding } from '@archway/kit/contracts/sbom-scan-result';
import { runProcess } from '@archway/kit/process';
import { lineAt } from '../lockfiles/parse.ts';
import { entropy, looksLikeSecret, RULES } from './rules.ts';

export interface Secret extends SecretFinding {
  description: string;
  /** What may be shown: the rule's prefix and stars, never the value. */
  masked: string;
}

/** Files whose content is hashes and versions, where long random strings are expected (gitleaks skips them too). */
const SKIPPED_FILES =
  /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|Cargo\.lock|poetry\.lock|uv\.lock|Pipfile\.lock|go\.sum|composer\.lock|Gemfile\.lock|gradle\.lockfile|packages\.lock\.json)$/;
/** Generated bundles and minified code: scanned in their tracked sources instead. */
const GENERATED = /(^|\/)dist\/.*\.(c|m)?js$|\.min\.js$|\.map$/;
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** git-tracked files under root (relative to root); when root is not a git work tree, every file but .git and node_modules. */
async function trackedFiles(root: string): Promise<string[]> {
  const git = await runProcess('git', ['-c', 'core.quotePath=false', 'ls-files', '-z', '--cached'], { cwd: root, timeoutMs: 60_000 }).catch(
    () => undefined,
  );
  if (git && git.exitCode === 0) return git.stdout.split('\0').filter(Boolean).sort();
  const out: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name === '.git' || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  await walk(root);
  return out.sort();
}

/** .gitleaksignore fingerprints: `file:rule:line` (gitleaks also prefixes a commit for history scans). */
async function ignored(root: string): Promise<Set<string>> {
  const text = await readFile(path.join(root, '.gitleaksignore'), 'utf8').catch(() => '');
  return new Set(
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(':').slice(-3).join(':')),
  );
}

function mask(secret: string): string {
  const prefix = /^(ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-|xox[bpe]-|AKIA|ASIA|-----BEGIN)/.exec(secret)?.[0] ?? '';
  return `${prefix}${'*'.repeat(8)}`;
}

/**
 * Scan the tracked files under `root` for hardcoded secrets; findings carry rule, file (relative to
 * `workspace`), line and a masked excerpt, never the value. Nothing is registered with the runner's masking
 * either: an `::add-mask::` command would itself write the value into the raw log.
 */
export async function scanSecrets(root: string, workspace: string): Promise<Secret[]> {
  const files = await trackedFiles(root);
  const skip = await ignored(root);
  const findings: Secret[] = [];
  for (const relative of files) {
    if (SKIPPED_FILES.test(relative) || GENERATED.test(relative)) continue;
    const full = path.join(root, relative);
    const info = await stat(full).catch(() => undefined);
    if (!info?.isFile() || info.size > MAX_FILE_BYTES) continue;
    const bytes = await readFile(full);
    if (bytes.subarray(0, 8000).includes(0)) continue;
    const text = bytes.toString('utf8');
    const lower = text.toLowerCase();
    const file = path.relative(workspace, full).split(path.sep).join('/');
    const lines = text.split('\n');
    for (const rule of RULES) {
      if (!rule.keywords.some((k) => lower.includes(k))) continue;
      for (const match of text.matchAll(rule.pattern)) {
        const secret = match[1] ?? match[0];
        if (rule.minEntropy !== undefined && (entropy(secret) < rule.minEntropy || !looksLikeSecret(secret))) continue;
        const offset = (match.index ?? 0) + match[0].indexOf(secret);
        const line = lineAt(text, offset);
        if ((lines[line - 1] ?? '').includes('gitleaks:allow')) continue;
        if (skip.has(`${file}:${rule.id}:${line}`) || skip.has(`${relative}:${rule.id}:${line}`)) continue;
        // A more specific rule already reported this spot.
        if (findings.some((f) => f.file === file && f.line === line)) continue;
        findings.push({ rule: rule.id, description: rule.description, file, line, masked: mask(secret) });
      }
    }
  }
  // Files are already in order; within a file, by line whatever rule found it.
  return findings.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}
