import { ConfigurationError } from '@archway/kit';
import { streamXmlFile } from '@archway/kit/xml';
import type { Measurement } from '../model.ts';
import { toNanoseconds } from '../units.ts';

const VALUE = String.raw`([\d.]+(?:e[+-]?\d+)?) (ns|us|µs|ms|s)`;
const START = new RegExp(String.raw`^(.*?)\s+(\d+)\s+(\d+)\s+${VALUE}\s*$`);
const VALUES = new RegExp(String.raw`^\s+${VALUE}\s+${VALUE}\s+${VALUE}\s*$`);

/**
 * Catch2's console reporter (v2 "estimated", v3 "est run time" headers). Each benchmark is a start line
 * (name, samples, iterations, estimated time), a mean line and a std-dev line. Catch2 picks the time unit
 * per value, so values are converted to nanoseconds; long names wrap onto lines of their own first.
 */
export function parseCatch2Console(text: string, label: string): Measurement[] {
  const lines = text.split(/\r?\n/);
  const found: Measurement[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!/^benchmark name\s+samples\s+iterations\s+(estimated|est run time)/.test(lines[i] as string)) {
      i++;
      continue;
    }
    while (i < lines.length && !/^-+$/.test(lines[i] as string)) i++;
    i++;
    let pending: string[] = [];
    for (; i < lines.length; i++) {
      const line = lines[i] as string;
      if (/^(=+|-+)$/.test(line)) break;
      if (line.trim() === '') continue;
      const start = START.exec(line);
      if (!start) {
        pending.push(line.trim());
        continue;
      }
      const name = [...pending, start[1]?.trim() ?? ''].join(' ');
      pending = [];
      const mean = VALUES.exec(lines[i + 1] ?? '');
      const spread = VALUES.exec(lines[i + 2] ?? '');
      if (!mean || !spread)
        throw new ConfigurationError(`${label}: Catch2 benchmark '${name}' lacks its mean and std dev lines (line ${i + 2})`);
      const value = toNanoseconds(Number(mean[1]), mean[2] as string) as number;
      const sd = toNanoseconds(Number(spread[1]), spread[2] as string) as number;
      found.push({ name, value, unit: 'ns', extra: `± ${round(sd)} ns, ${start[2]} samples × ${start[3]} iterations` });
      i += 2;
    }
  }
  return found;
}

/** Catch2's XML reporter (`-r xml`): <BenchmarkResults name samples iterations> with <mean value> in ns. */
export async function parseCatch2Xml(file: string, label: string): Promise<Measurement[]> {
  const found: Measurement[] = [];
  let current: { name: string; samples: string; iterations: string; mean?: number; sd?: number } | undefined;
  await streamXmlFile(
    file,
    {
      open(name, attributes) {
        if (name === 'BenchmarkResults') {
          current = { name: attributes.name ?? '', samples: attributes.samples ?? '?', iterations: attributes.iterations ?? '?' };
        } else if (current && name === 'mean') current.mean = Number(attributes.value);
        else if (current && name === 'standardDeviation') current.sd = Number(attributes.value);
      },
      close(name) {
        if (name !== 'BenchmarkResults' || !current) return;
        if (current.mean === undefined || !Number.isFinite(current.mean)) {
          throw new ConfigurationError(`${label}: Catch2 benchmark '${current.name}' has no mean value`);
        }
        const spread = current.sd === undefined ? '' : `± ${round(current.sd)} ns, `;
        found.push({
          name: current.name,
          value: current.mean,
          unit: 'ns',
          extra: `${spread}${current.samples} samples × ${current.iterations} iterations`,
        });
        current = undefined;
      },
    },
    label,
  );
  return found;
}

function round(value: number): number {
  return Number(value.toPrecision(4));
}
