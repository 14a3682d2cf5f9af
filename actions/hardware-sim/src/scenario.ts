import { ConfigurationError, errorMessage, showValue } from '@archway/kit';
import { parsePattern, type TextPattern } from '@archway/kit/console-watch';
import { durationMs } from './random.ts';
import scenarioSchema from './scenario.schema.json' with { type: 'json' };

/** A scenario step, normalised: every kind the runner knows, with its patterns compiled. */
export type Step = { name: string; timeoutMs?: number } & (
  | { kind: 'wait-serial' | 'expect-text'; pattern: TextPattern }
  | { kind: 'fail-serial'; pattern: TextPattern }
  | { kind: 'write-serial'; data: Buffer }
  | { kind: 'delay'; ms: number }
  | { kind: 'expect-pin' | 'wait-pin'; pin: string | number; value: number }
  | { kind: 'set-pin'; pin: string | number; value: number }
  | { kind: 'set-control' | 'take-screenshot'; detail: string }
  | { kind: 'expect-mqtt'; topic: string; payload?: TextPattern }
  | { kind: 'publish-mqtt'; topic: string; payload: string; retain: boolean }
  | { kind: 'run'; argv: string[] }
  | { kind: 'console'; ordered: boolean; patterns: TextPattern[] }
);

export type StepKind = Step['kind'];

export interface Scenario {
  name: string;
  steps: Step[];
}

const KINDS = [
  'wait-serial',
  'expect-text',
  'fail-serial',
  'write-serial',
  'delay',
  'expect-pin',
  'wait-pin',
  'set-pin',
  'set-control',
  'take-screenshot',
  'expect-mqtt',
  'publish-mqtt',
  'run',
  'console',
] as const;
const COMMON = ['name', 'timeout'];

/** Steps that need the board to expose pins (in-process emulators). */
export const PIN_STEPS: readonly StepKind[] = ['expect-pin', 'wait-pin', 'set-pin'];
/** Steps Wokwi runs against parts of a diagram, which no board here has. */
export const DIAGRAM_STEPS: readonly StepKind[] = ['set-control', 'take-screenshot'];

/** Parse the scenario input (inline YAML or a file) into steps; each mistake names the step. */
export async function loadScenario(raw: string): Promise<Scenario> {
  const { readStructured, validate } = await import('@archway/kit/structured');
  const { value, label } = await readStructured(raw, 'scenario');
  const document = await validate<{ name?: string; steps: Record<string, unknown>[] }>(value, scenarioSchema, label);
  return { name: document.name ?? 'scenario', steps: document.steps.map((step, i) => parseStep(step, `${label} steps[${i}]`)) };
}

export function parseStep(step: Record<string, unknown>, where: string): Step {
  const keys = Object.keys(step).filter((k) => !COMMON.includes(k));
  const kind = keys.find((k): k is StepKind => (KINDS as readonly string[]).includes(k));
  const fail = (message: string) => new ConfigurationError(`${where}${kind ? ` (${kind})` : ''}: ${message}`);
  if (!kind) throw fail(`unknown step ${showValue(keys.join(', ') || '(none)')}; expected one of ${KINDS.join(', ')}`);
  const extra = keys.filter((k) => k !== kind);
  if (extra.length > 0) throw fail(`one step per list item; also found ${extra.join(', ')}`);
  const body = step[kind];
  const timeoutMs = step.timeout === undefined ? undefined : durationMs(step.timeout as string | number);
  if (step.timeout !== undefined && timeoutMs === undefined)
    throw fail(`timeout ${showValue(String(step.timeout))} is not a duration (a number of milliseconds, or 500ms, 2s, 1m)`);
  const name =
    typeof step.name === 'string' ? step.name : `${kind}: ${typeof body === 'string' ? body.trim() : JSON.stringify(body)}`.slice(0, 120);
  const pattern = (source: unknown) => {
    if (typeof source !== 'string' || source === '') throw fail('expected text or a /regex/');
    try {
      return parsePattern(source, 'scenario');
    } catch (error) {
      // Named by its step: "Input 'scenario' steps[2] (wait-serial): '/a(/' is not a valid regular expression (...)".
      throw fail(errorMessage(error).replace(/^Input 'scenario' has (.*?): not a /s, '$1 is not a '));
    }
  };
  const object = (required: string[]) => {
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw fail(`expected a mapping with ${required.join(', ')}`);
    const map = body as Record<string, unknown>;
    for (const key of required) if (map[key] === undefined) throw fail(`missing ${key}`);
    return map;
  };
  const level = (value: unknown) => {
    const n = value === true || value === 'high' ? 1 : value === false || value === 'low' ? 0 : Number(value);
    if (n !== 0 && n !== 1) throw fail(`pin value ${showValue(String(value))} must be 0 or 1`);
    return n;
  };
  const base = { name, timeoutMs };
  switch (kind) {
    case 'wait-serial':
    case 'expect-text':
    case 'fail-serial':
      return { ...base, kind, pattern: pattern(body) };
    case 'write-serial': {
      if (typeof body === 'string') return { ...base, kind, data: Buffer.from(body, 'utf8') };
      if (Array.isArray(body) && body.every((b) => Number.isInteger(b) && b >= 0 && b <= 255))
        return { ...base, kind, data: Buffer.from(body as number[]) };
      throw fail('expected text, or a list of byte values 0..255');
    }
    case 'delay': {
      const ms = durationMs(body as string | number);
      if (ms === undefined) throw fail(`${showValue(String(body))} is not a duration (500ms, 2s, 1m, or milliseconds)`);
      return { ...base, kind, ms };
    }
    case 'expect-pin':
    case 'wait-pin': {
      const map = object(['pin']);
      const expected = map.value ?? map.expected;
      if (expected === undefined) throw fail('missing value');
      return { ...base, kind, pin: map.pin as string | number, value: level(expected) };
    }
    case 'set-pin': {
      const map = object(['pin', 'value']);
      return { ...base, kind, pin: map.pin as string | number, value: level(map.value) };
    }
    case 'set-control':
    case 'take-screenshot':
      return { ...base, kind, detail: JSON.stringify(body) };
    case 'expect-mqtt': {
      const map = typeof body === 'string' ? { topic: body } : object(['topic']);
      return { ...base, kind, topic: String(map.topic), payload: map.payload === undefined ? undefined : pattern(String(map.payload)) };
    }
    case 'publish-mqtt': {
      const map = object(['topic', 'payload']);
      const payload = typeof map.payload === 'string' ? map.payload : JSON.stringify(map.payload);
      return { ...base, kind, topic: String(map.topic), payload, retain: map.retain === true };
    }
    case 'run': {
      const argv = commandLine(body);
      if (!argv) throw fail('expected a command (words separated by spaces, no shell) or a list of arguments');
      return { ...base, kind, argv };
    }
    case 'console': {
      const map = object(['regex']);
      if (!Array.isArray(map.regex) || map.regex.length === 0) throw fail('regex must be a non-empty list');
      return {
        ...base,
        kind,
        ordered: map.ordered !== false,
        patterns: map.regex.map((r) => pattern(String(r).startsWith('/') ? String(r) : `/${r}/`)),
      };
    }
  }
}

/** A program and its arguments: a list, or words separated by white space (never a shell). */
export function commandLine(value: unknown): string[] | undefined {
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' || typeof v === 'number'))
    return value.map(String);
  if (typeof value === 'string' && value.trim() !== '') return value.trim().split(/\s+/);
  return undefined;
}
