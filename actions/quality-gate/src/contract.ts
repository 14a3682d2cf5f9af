import { defineOutputs, input } from '@archway/kit';
import { structured } from '@archway/kit/structured';
import configSchema from './config.schema.json' with { type: 'json' };
import type { GateConfig } from './config.ts';

const globs = () => input.list();

export const inputs = {
  junit: globs(),
  coverage: globs(),
  sarif: globs(),
  benchmark: globs(),
  config: structured<GateConfig>({ schema: configSchema }),
  'if-no-files-found': input.requiredChoice(['error', 'warn', 'ignore']),
  'fail-on': input.requiredChoice(['fail', 'warn', 'never']),
  baseline: input.boolean(),
  token: input.string({ secret: true }),
  'check-name': input.string(),
  comment: input.boolean(),
};

export const outputs = defineOutputs(['passed', 'status', 'report-json', 'summary', 'check-run-url']);
