// Run a workflow through the local runner from the command line:
//   node --import tsx test/harness/local-runner/cli.ts <workflow.yml> [--project dir] [--input k=v]...
//        [--secret K=V]... [--var K=V]... [--env K=V]... [--event-name push] [--json result.json] [--keep]
// Progress goes to stderr; the exit status is 0 when the workflow succeeded.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LocalRunnerError, runWorkflow } from './runner.ts';
import { WorkflowRejected } from './workflow.ts';

function pairs(values: string[] | undefined, flag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const value of values ?? []) {
    const eq = value.indexOf('=');
    if (eq <= 0) throw new LocalRunnerError(`${flag} expects key=value, got '${value}'`);
    result[value.slice(0, eq)] = value.slice(eq + 1);
  }
  return result;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      project: { type: 'string' },
      input: { type: 'string', multiple: true },
      secret: { type: 'string', multiple: true },
      var: { type: 'string', multiple: true },
      env: { type: 'string', multiple: true },
      'event-name': { type: 'string' },
      json: { type: 'string' },
      keep: { type: 'boolean' },
    },
  });
  const [workflow] = positionals;
  if (!workflow || positionals.length > 1)
    throw new LocalRunnerError('usage: cli.ts <workflow.yml> [--project dir] [--input k=v]... [--json file]');
  const result = await runWorkflow({
    workflow,
    project: values.project,
    inputs: pairs(values.input, '--input'),
    secrets: pairs(values.secret, '--secret'),
    vars: pairs(values.var, '--var'),
    env: pairs(values.env, '--env'),
    eventName: values['event-name'],
    keep: values.keep,
  });
  if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
  return result.result === 'success' ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof LocalRunnerError || error instanceof WorkflowRejected) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  },
);
