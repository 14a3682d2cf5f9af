import { inputError, input as kitInput, showValue } from '@archway/kit';
import { AMBIGUOUS, namesOf, TARGETS, type Target } from './targets.ts';

const { listItems } = kitInput;

const BY_NAME = new Map<string, Target>(TARGETS.flatMap((t) => namesOf(t).map((n) => [n, t] as const)));

/** What a target name may look like: letters, digits, '-', '_', '.', '+'. */
const TARGET_WORD = /^[A-Za-z0-9][A-Za-z0-9_.+-]*$/;

const EXAMPLE = 'e.g. "aarch64-unknown-linux-gnu, riscv64, armv7" or one per line';

/**
 * The `targets` input: names separated by commas, spaces or new lines, or a YAML list (inline, as
 * `toJSON(matrix.targets)` gives, or one `- name` per line), each a Rust triple, a GNU triple or a short name. Duplicates that
 * name the same target are set up once.
 */
export function parseTargets(raw: string, input = 'targets'): Target[] {
  const words = splitList(raw, input);
  if (words.length === 0) throw inputError(input, raw, `expected at least one target, ${EXAMPLE}`);
  const targets: Target[] = [];
  for (const word of words) {
    const target = resolveTarget(word, input);
    if (!targets.includes(target)) targets.push(target);
  }
  return targets;
}

function splitList(raw: string, input: string): string[] {
  const words = listItems(raw, input, /[\s,]+/).filter(Boolean);
  const bad = words.find((w) => !TARGET_WORD.test(w));
  if (bad !== undefined)
    throw inputError(input, raw, `${showValue(bad)} is not a target name; expected names separated by commas or new lines, ${EXAMPLE}`);
  return words;
}

export function resolveTarget(word: string, input = 'targets'): Target {
  const name = word.toLowerCase();
  const found = BY_NAME.get(name);
  if (found) return found;
  const choices = AMBIGUOUS[name];
  if (choices) throw inputError(input, word, `${showValue(word)} names several targets; pick one of ${choices.join(', ')}`);
  const closest = closestName(name);
  throw inputError(
    input,
    word,
    `unknown target${closest ? `; did you mean ${closest}?` : '.'} Supported: ${TARGETS.map((t) => t.rust).join(', ')} ` +
      '(also their GNU triples such as aarch64-linux-gnu, Debian architectures such as arm64, and short names such as armv7, riscv64, cortex-m4f)',
  );
}

/** The canonical target whose name is nearest to `name` (edit distance), if any is reasonably near. */
export function closestName(name: string): string | undefined {
  let best: { target: Target; distance: number } | undefined;
  for (const [candidate, target] of BY_NAME) {
    const distance = editDistance(name, candidate);
    if (!best || distance < best.distance) best = { target, distance };
  }
  if (!best || best.distance > Math.max(2, Math.floor(name.length / 3))) return undefined;
  return best.target.rust;
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
