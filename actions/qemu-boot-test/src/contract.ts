import { defineOutputs, type InputSpec, input } from '@archway/kit';
import { structuredList } from '@archway/kit/structured';
import { type Preset, parseArch } from './arch.ts';
import expectSchema from './expect.schema.json' with { type: 'json' };
import failOnSchema from './pattern-list.schema.json' with { type: 'json' };
import qemuArgsSchema from './qemu-args.schema.json' with { type: 'json' };
import scriptSchema from './script.schema.json' with { type: 'json' };

export type ExpectItem = string | { name?: string; match: string; timeout?: number };

export interface ScriptItem {
  name?: string;
  wait?: string;
  send?: string;
  newline?: string;
  expect?: string;
  fail?: string | string[];
  timeout?: number;
}

const arch: InputSpec<Preset> = { kind: 'choice', parse: parseArch };

export const inputs = {
  arch,
  kernel: input.string(),
  initrd: input.string(),
  dtb: input.string(),
  append: input.string(),
  bios: input.string(),
  disk: input.string(),
  'allow-outside-workspace': input.boolean(),
  machine: input.string(),
  cpu: input.string(),
  memory: input.string({ pattern: /^\d+[KMGT]?$/i, describe: 'a size such as 512M or 2G' }),
  smp: input.requiredNumber({ min: 1, max: 64, integer: true }),
  'qemu-args': structuredList<string | number>({ schema: qemuArgsSchema }),
  accel: input.requiredChoice(['auto', 'kvm', 'tcg']),
  expect: structuredList<ExpectItem>({ schema: expectSchema }),
  'fail-on': structuredList<string>({ schema: failOnSchema }),
  'detect-kernel-errors': input.boolean(),
  'guest-tests': input.requiredChoice(['judge', 'report', 'ignore']),
  script: structuredList<ScriptItem>({ schema: scriptSchema }),
  'exit-device': input.requiredChoice(['none', 'isa-debug-exit', 'semihosting', 'sifive-test']),
  'success-exit-code': input.number({ min: 0, max: 255, integer: true }),
  until: input.requiredChoice(['auto', 'milestones', 'exit']),
  timeout: input.requiredNumber({ min: 1, max: 6 * 3600 }),
  retries: input.requiredNumber({ min: 0, max: 5, integer: true }),
  upload: input.boolean(),
  // The characters the artifact service refuses in a name.
  'artifact-name': input.string({ pattern: /^[^"':<>|*?\\/\r\n]+$/, describe: 'a name without " : < > | * ? \\ / or newlines' }),
};

export const outputs = defineOutputs([
  'result',
  'boot-time',
  'milestones',
  'log',
  'junit',
  'tests',
  'timings',
  'command',
  'accel',
  'exit-code',
]);
