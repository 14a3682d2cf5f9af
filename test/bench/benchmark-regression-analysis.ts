import { decide, type HistoryPoint } from '../../actions/benchmark-regression/src/decide.ts';
import { addEntry, emptyHistory, entriesOf, type HistoryEntry, seriesFor } from '../../actions/benchmark-regression/src/history.ts';
import { defaultJudgement } from '../../actions/benchmark-regression/src/test-helpers.ts';

/**
 * Analysis time of benchmark-regression for 1,000 benchmarks with 200 history runs each (the window set to
 * all 200): building the series from the stored history, the decision per benchmark (history test, samples
 * test, change points) and adding the run back to the history. Prints the median of RUNS repetitions.
 *
 *   pnpm bench benchmark-regression-analysis
 */
const BENCHMARKS = 1000;
const HISTORY = 200;
const SAMPLES = 10;
const RUNS = Number(process.env.RUNS ?? 5);

let seed = 1;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const noisy = (level: number) => level * (1 + 0.03 * (random() - 0.5));

const names = Array.from({ length: BENCHMARKS }, (_, i) => `BM_Case/${i}`);
let doc = emptyHistory();
for (let run = 0; run < HISTORY; run++) {
  const entry: HistoryEntry = { commit: `c${run}`, branch: 'main', date: new Date(0).toISOString(), benchmarks: {} };
  names.forEach((name, i) => {
    const samples = Array.from({ length: SAMPLES }, () => noisy(100 + i));
    entry.benchmarks[name] = { value: samples[5] as number, unit: 'ns', better: 'smaller', samples };
  });
  doc = addEntry(doc, entry, HISTORY);
}
const current = names.map((name, i) => ({
  name,
  unit: 'ns',
  value: 0,
  samples: Array.from({ length: SAMPLES }, () => noisy((100 + i) * (i % 50 === 0 ? 1.2 : 1))),
}));
const json = JSON.stringify(doc);
console.log(`history: ${BENCHMARKS} benchmarks x ${HISTORY} runs, ${(json.length / 1e6).toFixed(1)} MB as JSON`);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const timings = { parse: [] as number[], series: [] as number[], decide: [] as number[], add: [] as number[] };
let regressions = 0;
for (let r = 0; r < RUNS; r++) {
  let t = performance.now();
  const parsed = JSON.parse(json) as typeof doc;
  timings.parse.push(performance.now() - t);
  t = performance.now();
  const entries = entriesOf(parsed, 'main');
  const series: HistoryPoint[][] = current.map((c) => seriesFor(entries, c.name, c.unit, HISTORY));
  timings.series.push(performance.now() - t);
  t = performance.now();
  regressions = 0;
  current.forEach((c, i) => {
    const d = decide(c, series[i] as HistoryPoint[], defaultJudgement);
    if (d.level !== 'none') regressions++;
  });
  timings.decide.push(performance.now() - t);
  t = performance.now();
  const entry: HistoryEntry = { commit: 'new', branch: 'main', date: new Date(0).toISOString(), benchmarks: {} };
  for (const c of current) entry.benchmarks[c.name] = { value: c.samples[5] as number, unit: 'ns', better: 'smaller', samples: c.samples };
  JSON.stringify(addEntry(parsed, entry, HISTORY));
  timings.add.push(performance.now() - t);
}
const total = timings.parse.map(
  (_, i) => (timings.parse[i] ?? 0) + (timings.series[i] ?? 0) + (timings.decide[i] ?? 0) + (timings.add[i] ?? 0),
);
console.log(`regressions found: ${regressions} (20 of the ${BENCHMARKS} were made 20% slower)`);
for (const [step, values] of Object.entries(timings)) console.log(`${step.padEnd(8)} ${median(values).toFixed(1).padStart(8)} ms`);
console.log(`total    ${median(total).toFixed(1).padStart(8)} ms  (${((1000 * median(total)) / BENCHMARKS).toFixed(0)} µs per benchmark)`);
