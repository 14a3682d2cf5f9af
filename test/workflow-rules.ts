import { parse } from 'yaml';

/**
 * The hardening rules every workflow here keeps (what zizmor and actionlint's security checks look for):
 * third-party actions pinned to a full commit SHA with the version in a comment; no expression inside a
 * `run:` script (inputs reach it through `env:`); no write-all / read-all permissions and a top-level
 * `permissions:`; `timeout-minutes` on every job that runs steps; checkout without persisted credentials;
 * `!cancelled()` rather than `always()`; a concurrency group where the workflow can write.
 * Returns one message per violation, each naming the line.
 */
export function workflowViolations(text: string, file: string): string[] {
  const problems: string[] = [];
  const lines = text.split('\n');
  const at = (pattern: RegExp) => {
    const index = lines.findIndex((l) => pattern.test(l));
    return index >= 0 ? `${file}:${index + 1}` : file;
  };

  for (const [index, line] of lines.entries()) {
    const uses = /^\s*(?:-\s+)?uses:\s*([^\s#]+)\s*(#.*)?$/.exec(line);
    if (!uses) continue;
    const target = uses[1] as string;
    if (target.startsWith('./') || target.startsWith('docker://') || /^archway-ci\/archway\//.test(target)) continue;
    if (!/@[0-9a-f]{40}$/.test(target)) problems.push(`${file}:${index + 1}: ${target} is not pinned to a full commit SHA`);
    else if (!/#\s*v\d/.test(uses[2] ?? '')) problems.push(`${file}:${index + 1}: ${target} needs its version in a comment (# vX.Y.Z)`);
  }

  const workflow = parse(text) as {
    permissions?: unknown;
    concurrency?: unknown;
    jobs?: Record<string, Job>;
  };
  if (workflow.permissions === undefined) problems.push(`${file}: no top-level permissions (the default token may write)`);
  const jobs = Object.entries(workflow.jobs ?? {});
  const writes = [workflow.permissions, ...jobs.map(([, job]) => job.permissions)].some((p) => JSON.stringify(p ?? {}).includes('write'));
  for (const [name, job] of jobs) {
    const where = at(new RegExp(`^  ${name}:`));
    for (const scope of [workflow.permissions, job.permissions]) {
      if (scope === 'write-all' || scope === 'read-all')
        problems.push(`${where}: permissions: ${scope}; name each permission the job needs`);
    }
    if (job.steps && job['timeout-minutes'] === undefined) problems.push(`${where}: job ${name} has no timeout-minutes`);
    if (typeof job.if === 'string' && /\balways\(\)/.test(job.if)) problems.push(`${where}: job ${name} uses always(); use !cancelled()`);
    for (const step of job.steps ?? []) {
      const label = step.name ?? step.uses ?? step.id ?? 'a step';
      if (typeof step.run === 'string' && step.run.includes('${{')) {
        const expression =
          step.run
            .split('\n')
            .find((l) => l.includes('${{'))
            ?.trim() ?? '';
        const line = lines.findIndex((l) => l.includes(expression));
        problems.push(`${file}:${line + 1}: job ${name}, ${label}: an expression inside run:; pass it through env:`);
      }
      if (typeof step.if === 'string' && /\balways\(\)/.test(step.if))
        problems.push(`${where}: job ${name}, ${label}: always(); use !cancelled()`);
      if (step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false)
        problems.push(`${where}: job ${name}: actions/checkout without persist-credentials: false`);
    }
  }
  if (writes && workflow.concurrency === undefined) problems.push(`${file}: it can write (permissions) but has no concurrency group`);
  return problems;
}

interface Job {
  permissions?: unknown;
  'timeout-minutes'?: unknown;
  if?: unknown;
  steps?: { name?: string; id?: string; uses?: string; run?: unknown; if?: unknown; with?: Record<string, unknown> }[];
}
