import type { RunStatus } from '../conditions.ts';
import type { Results } from '../results/results.ts';

interface Sample {
  labels: Record<string, string>;
  value: number;
}

interface Family {
  name: string;
  help: string;
  samples: Sample[];
}

/**
 * The results as gauges in the Prometheus text exposition format (what the Pushgateway parses): the run's
 * status and duration, gate conditions, tests, coverage, benchmark values, vulnerability counts, boot times.
 */
export function metricsOf(status: RunStatus, durationSeconds: number | null, results: Results, now = Date.now()): Family[] {
  const families: Family[] = [];
  const add = (name: string, help: string, samples: Sample[]) => {
    if (samples.length > 0) families.push({ name: `archway_${name}`, help, samples });
  };
  const one = (value: number, labels: Record<string, string> = {}) => ({ labels, value });
  add('run_status', 'The status of the run (1 for the current one).', [one(1, { status })]);
  add('run_success', '1 when the run succeeded, else 0.', [one(status === 'success' ? 1 : 0)]);
  add('run_timestamp_seconds', 'When the metrics were pushed.', [one(Math.round(now / 1000))]);
  if (durationSeconds !== null) add('run_duration_seconds', 'Time from the start of the run to the notification.', [one(durationSeconds)]);

  const gates = results.gates;
  add(
    'gate_passed',
    '1 when the quality gate passed.',
    gates.map((g) => one(g.passed ? 1 : 0)),
  );
  const conditions = gates.flatMap((g) => g.conditions.filter((c) => c.value !== undefined));
  add(
    'gate_condition_value',
    'The measured value of each gate condition.',
    conditions.map((c) => one(c.value as number, { condition: c.id })),
  );
  add(
    'gate_condition_threshold',
    'The threshold of each gate condition.',
    conditions.map((c) => one(c.threshold, { condition: c.id })),
  );
  add(
    'gate_condition_ok',
    '1 when the condition passed (or only warned).',
    conditions.map((c) => one(c.verdict === 'fail' ? 0 : 1, { condition: c.id })),
  );
  add(
    'tests',
    'Test counts by result.',
    gates.flatMap((g) =>
      g.tests ? (['passed', 'failed', 'skipped', 'flaky'] as const).map((r) => one(g.tests?.[r] ?? 0, { result: r })) : [],
    ),
  );
  add(
    'coverage_percent',
    'Coverage in percent by kind.',
    gates.flatMap((g) => [
      ...(g.coverage?.line !== undefined ? [one(g.coverage.line, { kind: 'line' })] : []),
      ...(g.coverage?.branch !== undefined ? [one(g.coverage.branch, { kind: 'branch' })] : []),
    ]),
  );

  const benchmarks = results.benchmarks.flatMap((r) => r.benchmarks);
  add(
    'benchmark_value',
    'The current value of each benchmark in its unit.',
    benchmarks.map((b) => one(b.current, { benchmark: b.name, unit: b.unit })),
  );
  add(
    'benchmark_change_percent',
    'Change against the baseline in percent, positive is worse.',
    benchmarks.filter((b) => b.change !== undefined).map((b) => one(b.change as number, { benchmark: b.name })),
  );
  add(
    'benchmark_regressions',
    'Benchmarks judged as regressed.',
    results.benchmarks.map((r) => one(r.regressions)),
  );

  add(
    'vulnerabilities',
    'Known vulnerabilities by severity (ignored ones excluded).',
    results.sboms.flatMap((s) => Object.entries(s.vulnerabilities).map(([severity, n]) => one(n, { severity }))),
  );
  add(
    'license_violations',
    'Components whose licence breaks the policy.',
    results.sboms.map((s) => one(s.licenseViolations)),
  );
  add(
    'secrets_found',
    'Secrets found in the sources.',
    results.sboms.map((s) => one(s.secrets)),
  );
  add(
    'sbom_components',
    'Components in the SBOM.',
    results.sboms.map((s) => one(s.components)),
  );

  add(
    'boot_milestone_seconds',
    'Seconds from power-on to each boot milestone.',
    results.boots.flatMap((b) => b.milestones.map((m) => one(m.seconds, { arch: b.arch, machine: b.machine, milestone: m.name }))),
  );
  add(
    'boot_total_seconds',
    'Seconds of the whole boot test.',
    results.boots.map((b) => one(b.totalSeconds, { arch: b.arch, machine: b.machine })),
  );
  add(
    'hardware_sim_boards',
    'Simulated boards by result.',
    results.hardware.flatMap((h) => h.boards.map((b) => one(1, { board: b.board, result: b.result }))),
  );
  return families;
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** Text format 0.0.4: HELP and TYPE lines, then one line per sample. */
export function exposition(families: Family[]): string {
  const lines: string[] = [];
  for (const family of families) {
    lines.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} gauge`);
    for (const sample of family.samples) {
      const labels = Object.entries(sample.labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
      lines.push(`${family.name}${labels.length > 0 ? `{${labels.join(',')}}` : ''} ${sample.value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
