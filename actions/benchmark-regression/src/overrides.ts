import { ConfigurationError, errorMessage } from '@archway/kit';
import picomatch from 'picomatch';
import type { Thresholds } from './decide.ts';
import type { Better } from './model.ts';

/** Settings for the benchmarks whose names match a pattern; later patterns win over earlier ones. */
export interface Override {
  minor?: number;
  major?: number;
  critical?: number;
  better?: Better;
  ignore?: boolean;
}
export type Overrides = Record<string, Override>;

export interface Resolved {
  thresholds: Thresholds;
  better?: Better;
  ignore: boolean;
}

export function checkThresholds(t: Thresholds, where: string): void {
  if (!(t.minor <= t.major && t.major <= t.critical)) {
    throw new ConfigurationError(
      `${where}: thresholds must rise from minor to major to critical (got minor ${t.minor}, major ${t.major}, critical ${t.critical})`,
    );
  }
}

/**
 * Compile the patterns once. `*` matches any text including '/', since benchmark names use '/' for
 * parameters (BM_Fib/20) rather than for directories. A malformed pattern is refused by name.
 */
export function compileOverrides(overrides: Overrides | undefined, defaults: Thresholds): (name: string) => Resolved {
  const rules = Object.entries(overrides ?? {}).map(([pattern, settings]) => {
    let matches: (name: string) => boolean;
    try {
      matches = picomatch(pattern, { bash: true, dot: true, strictBrackets: true });
    } catch (error) {
      throw new ConfigurationError(`Input 'overrides' has a bad pattern '${pattern}': ${errorMessage(error)}`);
    }
    checkThresholds({ ...defaults, ...pick(settings) }, `Input 'overrides', pattern '${pattern}'`);
    return { matches, settings };
  });
  return (name) => {
    const resolved: Resolved = { thresholds: { ...defaults }, ignore: false };
    for (const { matches, settings } of rules) {
      if (!matches(name)) continue;
      Object.assign(resolved.thresholds, pick(settings));
      if (settings.better) resolved.better = settings.better;
      if (settings.ignore !== undefined) resolved.ignore = settings.ignore;
    }
    return resolved;
  };
}

function pick(o: Override): Partial<Thresholds> {
  const t: Partial<Thresholds> = {};
  if (o.minor !== undefined) t.minor = o.minor;
  if (o.major !== undefined) t.major = o.major;
  if (o.critical !== undefined) t.critical = o.critical;
  return t;
}
