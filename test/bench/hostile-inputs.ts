import path from 'node:path';
import { repoRoot } from '../build/bundles.ts';
import { runAction } from '../harness/run-action.ts';
import { hostileCases, hostileWorkspace } from '../helpers/hostile-inputs.ts';

// `pnpm bench hostile-inputs [action...]`: the peak memory of each action's committed bundle refusing each hostile
// input (the cases of test/e2e/hostile-inputs.test.ts), against the 256 MiB budget, and the time to the
// refusal. Each run is its own node process, measured by GNU time.
const BUDGET_MIB = 256;
const only = process.argv.slice(2);
const workspace = hostileWorkspace();
const rows: { action: string; what: string; mib: number; seconds: number; exit: number | null }[] = [];
for (const [name, cases] of Object.entries(hostileCases)) {
  if (only.length > 0 && !only.includes(name)) continue;
  for (const c of cases) {
    const result = await runAction(path.join(repoRoot, 'actions', name), {
      cwd: workspace,
      inputs: c.inputs,
      timeoutMs: 120_000,
      measureRss: true,
    });
    rows.push({
      action: name,
      what: c.what,
      mib: (result.peakRssKiB ?? Number.NaN) / 1024,
      seconds: result.durationMs / 1000,
      exit: result.exitCode,
    });
  }
}
console.log('| action | hostile input | exit | peak RSS MiB | of budget | seconds |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.action} | ${r.what} | ${r.exit} | ${r.mib.toFixed(0)} | ${((100 * r.mib) / BUDGET_MIB).toFixed(0)}% | ${r.seconds.toFixed(2)} |`,
  );
}
const worst = rows.reduce((a, b) => (b.mib > a.mib ? b : a));
console.log(
  `\nlargest: ${worst.mib.toFixed(0)} MiB (${worst.action}, ${worst.what}); budget ${BUDGET_MIB} MiB; ${rows.filter((r) => r.mib > BUDGET_MIB).length} of ${rows.length} over it`,
);
