import { defineOutputs, input } from '@archway/kit';
import { structured } from '@archway/kit/structured';
import { TOOLS } from './model.ts';
import overridesSchema from './overrides.schema.json' with { type: 'json' };
import type { Overrides } from './overrides.ts';

const percent = () => input.requiredNumber({ min: 0, max: 10_000 });

export const inputs = {
  'output-file': input.list({ required: true }),
  tool: input.requiredChoice(TOOLS),
  // The name becomes a file name and a cache key: short enough for both on every file system.
  name: input.string({ required: true, pattern: /^[\w.-]{1,100}$/, describe: '1 to 100 letters, digits, ".", "_" or "-"' }),
  storage: input.requiredChoice(['cache', 'branch', 'file']),
  'data-branch': input.string({ required: true }),
  'data-branch-is-code': input.boolean(),
  'history-path': input.string(),
  'max-history': input.requiredNumber({ min: 1, max: 100_000, integer: true }),
  window: input.requiredNumber({ min: 1, max: 100_000, integer: true }),
  'min-history': input.requiredNumber({ min: 2, max: 100_000, integer: true }),
  'min-samples': input.requiredNumber({ min: 2, max: 100_000, integer: true }),
  alpha: input.requiredNumber({ min: 0.000001, max: 0.5 }),
  'sample-test': input.requiredChoice(['mann-whitney', 'welch']),
  'minor-threshold': percent(),
  'major-threshold': percent(),
  'critical-threshold': percent(),
  overrides: structured<Overrides>({ schema: overridesSchema }),
  'fail-on-regression': input.boolean(),
  'pr-comment': input.requiredChoice(['never', 'always', 'on-change']),
  token: input.string({ secret: true }),
};

export const outputs = defineOutputs(['status', 'regressions', 'worst-change', 'result-json']);
