import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '@archway/kit';
import { FILE_LIMITS, workspaceDir } from '@archway/kit/files';
import type { Component, LockfileReading, LockfileSource } from '../model.ts';

type Reader = (source: LockfileSource) => Promise<LockfileReading>;

/** Which reader reads a file, by its name (and, for workflows, its folder). */
async function readerFor(relative: string): Promise<Reader | undefined> {
  const base = path.posix.basename(relative);
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(relative)) return (await import('./workflows.ts')).readWorkflow;
  if (/^requirements.*\.txt$/.test(base)) return (await import('./python.ts')).readRequirements;
  switch (base) {
    case 'Cargo.lock':
      return (await import('./cargo.ts')).readCargoLock;
    case 'poetry.lock':
      return (await import('./python.ts')).readPoetryLock;
    case 'uv.lock':
      return (await import('./python.ts')).readUvLock;
    case 'Pipfile.lock':
      return (await import('./python.ts')).readPipfileLock;
    case 'package-lock.json':
    case 'npm-shrinkwrap.json':
      return (await import('./npm.ts')).readPackageLock;
    case 'pnpm-lock.yaml':
      return (await import('./pnpm.ts')).readPnpmLock;
    case 'yarn.lock':
      return (await import('./yarn.ts')).readYarnLock;
    case 'go.mod':
      return (await import('./go.ts')).readGoMod;
    case 'Gemfile.lock':
    case 'gems.locked':
      return (await import('./ruby.ts')).readGemfileLock;
    case 'composer.lock':
      return (await import('./php.ts')).readComposerLock;
    case 'gradle.lockfile':
      return (await import('./jvm-dotnet-conan.ts')).readGradleLockfile;
    case 'packages.lock.json':
      return (await import('./jvm-dotnet-conan.ts')).readNugetLock;
    case 'conan.lock':
      return (await import('./jvm-dotnet-conan.ts')).readConanLock;
    default:
      return undefined;
  }
}

/** Folders that hold installed or built copies, never the project's own lockfiles. */
const SKIPPED = new Set(['node_modules', '.git', 'target', '.venv', 'venv', '__pycache__', '.tox', 'vendor', 'bower_components']);

async function walk(dir: string, found: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !SKIPPED.has(entry.name)) await walk(full, found);
    else if (entry.isFile()) found.push(full);
  }
}

export interface Discovered {
  lockfiles: string[];
  components: Component[];
  warnings: string[];
}

/**
 * Every lockfile under `root` (a directory or one lockfile), read by its reader. Nothing is executed:
 * readers get the text of the lockfile and of the manifests beside it.
 */
export async function readLockfiles(root: string, input: string): Promise<Discovered> {
  const workspace = workspaceDir();
  const files: string[] = [];
  if ((await stat(root)).isDirectory()) await walk(root, files);
  else files.push(root);
  const result: Discovered = { lockfiles: [], components: [], warnings: [] };
  for (const file of files) {
    const relative = path.relative(workspace, file).split(path.sep).join('/');
    const reader = await readerFor(relative);
    if (!reader) continue;
    const size = (await stat(file)).size;
    if (size > FILE_LIMITS.data)
      throw new ConfigurationError(`Lockfile ${relative} is ${size} bytes, over the ${FILE_LIMITS.data}-byte limit`);
    const text = await readFile(file, 'utf8');
    const reading = await reader({
      path: relative,
      text,
      sibling: (name) => readFile(path.join(path.dirname(file), name), 'utf8').catch(() => undefined),
    });
    result.lockfiles.push(relative);
    result.components.push(...reading.components);
    result.warnings.push(...reading.warnings);
  }
  if (result.lockfiles.length === 0) {
    throw new ConfigurationError(
      `Input '${input}': no lockfile found under ${path.relative(workspace, root) || '.'} (looked for Cargo.lock, requirements*.txt, poetry.lock, uv.lock, Pipfile.lock, package-lock.json, pnpm-lock.yaml, yarn.lock, go.mod, Gemfile.lock, composer.lock, gradle.lockfile, packages.lock.json, conan.lock, .github/workflows/*.yml)`,
    );
  }
  return result;
}

/** One component per purl across lockfiles: dev only if dev everywhere, direct if direct anywhere. */
export function mergeComponents(components: Component[]): Component[] {
  const byPurl = new Map<string, Component>();
  for (const c of components) {
    const seen = byPurl.get(c.purl);
    if (!seen) {
      byPurl.set(c.purl, { ...c, hashes: [...c.hashes], dependsOn: [...c.dependsOn] });
      continue;
    }
    seen.dev &&= c.dev;
    if (c.direct !== undefined) seen.direct = (seen.direct ?? false) || c.direct;
    seen.license ??= c.license;
    seen.dependsOn = [...new Set([...seen.dependsOn, ...c.dependsOn])];
    for (const h of c.hashes) if (!seen.hashes.some((x) => x.alg === h.alg && x.content === h.content)) seen.hashes.push(h);
  }
  return [...byPurl.values()].sort((a, b) => (a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : 0));
}
