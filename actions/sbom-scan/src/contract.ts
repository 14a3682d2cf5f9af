import { defineOutputs, input } from '@archway/kit';
import { structured } from '@archway/kit/structured';
import ignoreSchema from './ignore.schema.json' with { type: 'json' };
import type { IgnoreEntry } from './policy/ignore.ts';

export const inputs = {
  path: input.string(),
  'sbom-format': input.requiredChoice(['cyclonedx', 'spdx', 'both']),
  'osv-url': input.string({ pattern: /^https?:\/\/[^\s]+$/, describe: 'an http(s) URL of an OSV API' }),
  'osv-db': input.string(),
  'fail-on-severity': input.requiredChoice(['critical', 'high', 'medium', 'low', 'none']),
  ignore: structured<IgnoreEntry[]>({ schema: ignoreSchema }),
  'only-fixed': input.boolean(),
  'allow-licenses': input.list({ separator: /,/ }),
  'deny-licenses': input.list({ separator: /,/ }),
  'unknown-licenses': input.requiredChoice(['fail', 'warn', 'allow']),
  secrets: input.boolean(),
  'upload-sarif': input.boolean(),
  'dependency-snapshot': input.boolean(),
  'output-dir': input.string({ required: true }),
  token: input.string({ secret: true }),
};

export const outputs = defineOutputs([
  'sbom-cyclonedx',
  'sbom-spdx',
  'sarif',
  'vulnerabilities',
  'licenses',
  'secrets',
  'passed',
  'result-json',
]);
