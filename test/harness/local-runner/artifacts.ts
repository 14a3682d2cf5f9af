// Stand-ins for actions/upload-artifact and actions/download-artifact: the files chosen as those actions
// choose them, moved by the real @actions/artifact (through the toolkit fixture's committed bundle) against
// the Actions results service the run's env points at (the local one in tests).
import { existsSync, globSync, statSync } from 'node:fs';
import path from 'node:path';
import { type ActionResult, runAction } from '../run-action.ts';

const TOOLKIT = path.resolve(import.meta.dirname, '../../fixtures/toolkit-fixture');

export interface ArtifactStepResult {
  exitCode: number;
  output: string;
  error?: string;
  outputs: Record<string, string>;
}

export interface ArtifactContext {
  workspace: string;
  runnerTemp: string;
  toolCache: string;
  env: Record<string, string>;
}

const GLOB = /[*?[\]{}]/;

/** The part of a pattern before its first glob segment, as upload-artifact computes its search paths. */
function searchPath(workspace: string, pattern: string): string {
  const segments = pattern.split('/');
  const literal: string[] = [];
  for (const segment of segments) {
    if (GLOB.test(segment)) break;
    literal.push(segment);
  }
  const full = path.resolve(workspace, literal.join('/') || '.');
  return literal.length === segments.length && existsSync(full) && statSync(full).isFile() ? path.dirname(full) : full;
}

function commonAncestor(dirs: string[]): string {
  const split = dirs.map((d) => d.split(path.sep));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length && split.every((parts) => parts[n] === first[n])) n++;
  return first.slice(0, n).join(path.sep) || path.sep;
}

/** upload-artifact's file selection: globs, directories taken whole, `!` exclusions, hidden files left out by default. */
export function artifactFiles(workspace: string, patterns: string[], includeHidden = false): { files: string[]; root: string } {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = new Set(
    patterns
      .filter((p) => p.startsWith('!'))
      .flatMap((p) => globSync(p.slice(1), { cwd: workspace }).map((f) => path.resolve(workspace, f))),
  );
  const files = new Set<string>();
  for (const pattern of include) {
    for (const match of globSync(pattern, { cwd: workspace })) {
      const full = path.resolve(workspace, match);
      if (statSync(full).isDirectory()) {
        for (const inner of globSync('**/*', { cwd: full })) {
          const file = path.join(full, inner);
          if (statSync(file).isFile()) files.add(file);
        }
      } else files.add(full);
    }
  }
  const hidden = (file: string) =>
    path
      .relative(workspace, file)
      .split(path.sep)
      .some((part) => part.startsWith('.'));
  const chosen = [...files].filter((f) => !exclude.has(f) && (includeHidden || !hidden(f))).sort();
  const root = commonAncestor(include.map((p) => searchPath(workspace, p)));
  return { files: chosen, root };
}

function toolkit(context: ArtifactContext, inputs: Record<string, string>): Promise<ActionResult> {
  return runAction(TOOLKIT, {
    inputs,
    env: context.env,
    cwd: context.workspace,
    runnerTemp: context.runnerTemp,
    toolCache: context.toolCache,
  });
}

function finish(results: ActionResult[], outputs: Record<string, string>, note: string): ArtifactStepResult {
  const failed = results.find((r) => r.exitCode !== 0);
  const output = [note, ...results.flatMap((r) => [...r.log, r.stderr])].join('\n');
  if (failed) return { exitCode: 1, output, error: failed.errors[0] ?? `the artifact client failed (exit ${failed.exitCode})`, outputs };
  return { exitCode: 0, output, outputs };
}

function needsService(env: Record<string, string>, action: string): ArtifactStepResult | undefined {
  if (env.ACTIONS_RESULTS_URL && env.ACTIONS_RUNTIME_TOKEN) return undefined;
  return {
    exitCode: 1,
    output: '',
    error: `${action} needs an Actions results service: ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN in the run's env`,
    outputs: {},
  };
}

export async function uploadArtifact(context: ArtifactContext, given: Record<string, string>): Promise<ArtifactStepResult> {
  const missing = needsService(context.env, 'upload-artifact');
  if (missing) return missing;
  const name = given.name || 'artifact';
  const patterns = (given.path ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (patterns.length === 0) return { exitCode: 1, output: '', error: 'Input required and not supplied: path', outputs: {} };
  const { files, root } = artifactFiles(context.workspace, patterns, given['include-hidden-files'] === 'true');
  if (files.length === 0) {
    const mode = given['if-no-files-found'] || 'warn';
    const message = `No files were found with the provided path: ${patterns.join(', ')}. No artifacts will be uploaded.`;
    if (mode === 'error') return { exitCode: 1, output: '', error: message, outputs: {} };
    return { exitCode: 0, output: mode === 'warn' ? `Warning: ${message}` : '', outputs: {} };
  }
  const result = await toolkit(context, {
    operation: 'artifact-upload',
    name,
    paths: files.join('\n'),
    'root-directory': root,
    'compression-level': given['compression-level'] || '6',
  });
  return finish(
    [result],
    { 'artifact-id': result.outputs['artifact-id'] ?? '', 'artifact-digest': result.outputs['artifact-digest'] ?? '' },
    `upload-artifact: ${files.length} file(s) from ${path.relative(context.workspace, root) || '.'} as '${name}'`,
  );
}

function matches(name: string, pattern: string): boolean {
  return path.matchesGlob(name, pattern);
}

export async function downloadArtifact(context: ArtifactContext, given: Record<string, string>): Promise<ArtifactStepResult> {
  const missing = needsService(context.env, 'download-artifact');
  if (missing) return missing;
  const target = path.resolve(context.workspace, given.path || '.');
  if (given.name) {
    const result = await toolkit(context, { operation: 'artifact-download', name: given.name, 'download-path': target });
    return finish([result], { 'download-path': target }, `download-artifact: '${given.name}' into ${target}`);
  }
  const listed = await toolkit(context, { operation: 'artifact-list' });
  if (listed.exitCode !== 0) return finish([listed], {}, 'download-artifact: listing the artifacts');
  const all = JSON.parse(listed.outputs.artifacts || '[]') as { name: string }[];
  const chosen = all.filter((a) => !given.pattern || matches(a.name, given.pattern));
  const merge = given['merge-multiple'] === 'true';
  const results = [listed];
  for (const artifact of chosen) {
    const into = merge ? target : path.join(target, artifact.name);
    results.push(await toolkit(context, { operation: 'artifact-download', name: artifact.name, 'download-path': into }));
  }
  return finish(
    results,
    { 'download-path': target },
    `download-artifact: ${chosen.map((a) => a.name).join(', ') || 'no artifact'} into ${target}`,
  );
}
