import type { Measurement } from '../model.ts';
import { readNumber, type Source } from './source.ts';

/** perf's own names for time units, as the action's units read them. */
const UNITS: Record<string, string> = { msec: 'ms', usec: 'us', nsec: 'ns', sec: 's' };

/**
 * `perf stat -x,` (CSV, also with `-o file` and `-r N`): "<value>,<unit>,<event>,[<stddev>%,]<run time>,
 * <percent>,<metric>,<metric unit>", one line per event. Each event is a benchmark in its unit (a count when
 * perf gives none), smaller is better; `-r`'s relative deviation goes to the summary. Events perf could not
 * count ("<not supported>", "<not counted>") and the metric-only lines are left out; comments ("# started
 * on") are skipped. Interval (-I) and per-CPU/socket modes add leading columns and are not this format.
 */
export function parsePerfStat(source: Source): Measurement[] {
  const found: Measurement[] = [];
  source.lines.forEach((line, at) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const fields = line.trim().split(',');
    const [value, unit, event] = fields as [string, string, string];
    if (!event || value === '' || value.startsWith('<')) return;
    const deviation = /^[\d.]+%$/.test(fields[3] ?? '') ? fields[3] : undefined;
    found.push({
      name: event,
      unit: UNITS[unit] ?? (unit || 'count'),
      value: readNumber(source, at, value, 'plain', 'perf stat'),
      better: 'smaller',
      ...(deviation ? { extra: `± ${deviation}` } : {}),
    });
  });
  return found;
}

/** Recognise `perf stat -x,` output: its comment line, or lines of 6+ fields with an event name third. */
export function looksLikePerfStat(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const rows = lines.filter((l) => !l.startsWith('#'));
  return (
    rows.length > 0 &&
    rows.every((l) => /^\s*(<not (supported|counted)>|[\d.]*),[^,]*,[^,]*(,[^,]*){3,}$/.test(l)) &&
    rows.some((l) => /^\s*[\d.]+,[^,]*,[\w\-/:.=]+,/.test(l))
  );
}
