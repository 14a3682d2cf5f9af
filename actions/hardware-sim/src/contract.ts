import { defineOutputs, type InputSpec, input, inputError } from '@archway/kit';
import faultsSchema from './faults.schema.json' with { type: 'json' };
import type { FaultSpec } from './faults.ts';
import type { BridgeSpec } from './mqtt.ts';
import bridgeSchema from './mqtt-bridge.schema.json' with { type: 'json' };
import { commandLine } from './scenario.ts';

/** A YAML/JSON mapping input validated by its schema (yaml and ajv load only when it has a value). */
function yamlObject<T>(schema: Record<string, unknown>): InputSpec<T | undefined> {
  return {
    kind: 'structured',
    async parse(raw, name) {
      if (raw.trim() === '') return undefined;
      const { structured } = await import('@archway/kit/structured');
      return structured<T>({ schema }).parse(raw, name);
    },
  };
}

const run: InputSpec<string[] | undefined> = {
  kind: 'list',
  async parse(raw, name) {
    if (raw.trim() === '') return undefined;
    const value = /^\s*(\[|- )/.test(raw) ? await (await import('@archway/kit/structured')).parseYaml(raw, `Input '${name}'`) : raw;
    const argv = commandLine(value);
    if (!argv) throw inputError(name, raw, 'expected a command (words separated by spaces, no shell) or a YAML list of arguments');
    return argv;
  },
};

export const inputs = {
  board: input.string(),
  boards: input.list(),
  firmware: input.string(),
  profile: input.string(),
  // Parsed by scenario.ts once the boards are known (an unsupported step is named with its board).
  scenario: input.string(),
  'expect-text': input.string(),
  'fail-text': input.list(),
  timeout: input.requiredNumber({ min: 1, max: 6 * 3600 }),
  mqtt: input.string({ required: true }),
  'mqtt-bridge': yamlObject<BridgeSpec>(bridgeSchema),
  faults: yamlObject<FaultSpec>(faultsSchema),
  run,
  artifact: input.boolean(),
  // The characters the artifact service refuses in a name.
  'artifact-name': input.string({ pattern: /^[^"':<>|*?\\/\r\n]+$/, describe: 'a name without " : < > | * ? \\ / or newlines' }),
};

export const outputs = defineOutputs([
  'result',
  'steps',
  'serial-log',
  'junit',
  'mqtt-log',
  'mqtt-url',
  'device',
  'command',
  'result-file',
]);
