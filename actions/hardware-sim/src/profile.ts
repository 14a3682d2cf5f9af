import { ConfigurationError, errorMessage, inputError } from '@archway/kit';
import { parsePattern, type TextPattern } from '@archway/kit/console-watch';
import profileSchema from './profile.schema.json' with { type: 'json' };
import { BUILT_IN_PROFILES } from './profiles.ts';
import { durationMs } from './random.ts';

type Scalar = string | number | boolean;
type Reply = string | string[];

export interface ProfileDocument {
  name: string;
  description?: string;
  banner?: string;
  newline: '\r\n' | '\n' | '\r';
  baud: number;
  echo: boolean;
  seed?: number;
  state?: Record<string, Scalar>;
  rules: {
    match: string;
    when?: Record<string, Scalar>;
    reply?: Reply;
    set?: Record<string, Scalar>;
    add?: Record<string, number>;
    delay?: string | number;
    restart?: boolean;
  }[];
  'unknown-reply'?: Reply;
  telemetry: { every: string | number; line: string; when?: Record<string, Scalar>; values?: Record<string, Generator> }[];
}

export interface Generator {
  constant?: Scalar;
  ramp?: { from: number; to: number; step: number };
  'random-walk'?: { start: number; step: number; min?: number; max?: number };
  decimals?: number;
}

/** A rule ready to run: the line matcher compiled (a plain match is the whole line, a /regex/ may capture). */
export interface Rule extends Omit<ProfileDocument['rules'][number], 'match' | 'delay'> {
  source: string;
  matches(line: string): Record<string, string> | undefined;
  delayMs: number;
}

export interface Profile extends Omit<ProfileDocument, 'rules' | 'telemetry'> {
  origin: string;
  rules: Rule[];
  telemetry: (Omit<ProfileDocument['telemetry'][number], 'every'> & { everyMs: number })[];
}

/** A built-in profile by name, or the user's YAML file; validated by the schema, regexes compiled up front. */
export async function loadProfile(value: string): Promise<Profile> {
  const { parseYaml, validate } = await import('@archway/kit/structured');
  const builtIn = BUILT_IN_PROFILES[value];
  let label = `Input 'profile' (built-in ${value})`;
  let text = builtIn;
  if (text === undefined) {
    if (!/[./]/.test(value))
      throw inputError(
        'profile',
        value,
        `not a built-in profile (${Object.keys(BUILT_IN_PROFILES).join(', ')}) nor a .yml/.yaml file path`,
      );
    const { FILE_LIMITS, readUserFile } = await import('@archway/kit/files');
    text = await readUserFile('profile', value, { maxBytes: FILE_LIMITS.config, what: 'profile' });
    label = `Input 'profile' (file ${value})`;
  }
  const document = await validate<ProfileDocument>(await parseYaml(text, label), profileSchema, label);
  return compileProfile(document, label, value);
}

export function compileProfile(document: ProfileDocument, label: string, origin: string): Profile {
  const rules = document.rules.map((rule, i): Rule => {
    const where = `${label} rules[${i}].match`;
    let pattern: TextPattern | undefined;
    if (/^\/.+\/[isu]*$/s.test(rule.match)) {
      try {
        pattern = parsePattern(rule.match, 'profile');
      } catch (error) {
        throw new ConfigurationError(`${where}: ${errorMessage(error).replace(/^Input 'profile' has /, '')}`);
      }
    }
    const { match: source, delay, ...rest } = rule;
    return {
      ...rest,
      source,
      delayMs: delay === undefined ? 0 : (durationMs(delay) ?? 0),
      matches(line) {
        if (!pattern) return line === source ? {} : undefined;
        const found = pattern.find(line, 0);
        if (!found) return undefined;
        return { ...Object.fromEntries(found.groups.map((g, n) => [String(n), g])), ...found.named };
      },
    };
  });
  const telemetry = document.telemetry.map(({ every, ...rest }) => ({ ...rest, everyMs: Math.max(10, durationMs(every) ?? 1000) }));
  return { ...document, origin, rules, telemetry };
}
