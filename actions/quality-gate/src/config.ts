export const SECTIONS = ['tests', 'coverage', 'security', 'benchmarks'] as const;
export type Section = (typeof SECTIONS)[number];
export type Level = 'fail' | 'warn';

type ConditionValue = number | false | { threshold: number; level?: Level };
type SectionConfig = { level?: Level } & Record<string, ConditionValue | Level | undefined>;

/** What a coverage condition does when the reports hold no data for it: fail (default), warn or skip. */
export type IfNoData = 'fail' | 'warn' | 'skip';

/** The `config` input after schema validation (config.schema.json). */
export type GateConfig = Partial<Record<Exclude<Section, 'coverage'>, SectionConfig>> & {
  coverage?: SectionConfig & { 'if-no-data'?: IfNoData };
};

export interface ConditionSpec {
  id: string;
  section: Section;
  key: string;
  label: string;
  /** 'min': the value must be at least the threshold; 'max': at most. */
  bound: 'min' | 'max';
  unit: 'percent' | 'count' | 'points';
  default?: { threshold: number; level: Level };
}

export interface Condition extends ConditionSpec {
  threshold: number;
  level: Level;
}

const spec = (
  section: Section,
  key: string,
  label: string,
  unit: ConditionSpec['unit'],
  threshold?: number,
  level: Level = 'fail',
): ConditionSpec => ({
  id: `${section}.${key}`,
  section,
  key,
  label,
  bound: key.startsWith('min-') ? 'min' : 'max',
  unit,
  ...(threshold !== undefined ? { default: { threshold, level } } : {}),
});

/** Every condition the gate knows, in report order, with the defaults that apply when the config is silent. */
export const CONDITIONS: readonly ConditionSpec[] = [
  spec('tests', 'min-pass-rate', 'Test pass rate', 'percent', 95),
  spec('tests', 'min-tests', 'Tests', 'count', 1),
  spec('tests', 'max-failures', 'Failed tests', 'count'),
  spec('tests', 'max-flaky', 'Flaky tests', 'count'),
  spec('coverage', 'min-line', 'Line coverage', 'percent', 80),
  spec('coverage', 'min-branch', 'Branch coverage', 'percent'),
  spec('coverage', 'max-line-drop', 'Line coverage drop', 'points', 1, 'warn'),
  spec('coverage', 'max-branch-drop', 'Branch coverage drop', 'points'),
  spec('security', 'max-critical', 'Critical findings', 'count', 0),
  spec('security', 'max-high', 'High findings', 'count', 0),
  spec('security', 'max-medium', 'Medium findings', 'count'),
  spec('security', 'max-low', 'Low findings', 'count'),
  spec('benchmarks', 'max-regression', 'Worst benchmark regression', 'percent', 5),
  spec('benchmarks', 'max-regressions', 'Regressed benchmarks', 'count'),
];

/**
 * The conditions in force: the defaults, overridden by the config. A condition's own level wins over its
 * section's `level`, which wins over the default level; `false` turns a condition off.
 */
export function resolveConditions(config: GateConfig = {}): Condition[] {
  const conditions: Condition[] = [];
  for (const condition of CONDITIONS) {
    const section: SectionConfig = config[condition.section] ?? {};
    const given = section[condition.key] as ConditionValue | undefined;
    if (given === false) continue;
    const threshold = typeof given === 'number' ? given : typeof given === 'object' ? given.threshold : condition.default?.threshold;
    if (threshold === undefined) continue;
    const level = (typeof given === 'object' ? given.level : undefined) ?? section.level ?? condition.default?.level ?? 'fail';
    conditions.push({ ...condition, threshold, level });
  }
  return conditions;
}
