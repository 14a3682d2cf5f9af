import type { Better, Measurement } from '../model.ts';
import { readNumber, type Source } from './source.ts';

// Terminal colours, which iai-callgrind and gungraun write when told to (or when they think it is a tty).
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is what is being removed.
const ANSI = /\u001b\[[0-9;]*m/g;
/** "  Instructions:   1734|1650   (+5.09090%) [+1.04844x]", or iai's "  Instructions:   1735". */
const METRIC = /^\s{2,}([A-Za-z][A-Za-z0-9 +\-./]*?):\s+(\S+?)(?:\|(\S+))?(?:\s+\([^)]*\))?(?:\s+\[[^\]]*\])?\s*$/;
/** "  ======= DHAT ======": the Valgrind tool whose metrics follow. */
const TOOL = /^\s+=+ ([A-Z][A-Z0-9 -]*?) =+\s*$/;
/** Where the per-benchmark report ends: the summary of regressions and the final tally. */
const SUMMARY = /^(Regressions:|(Iai-Callgrind|Gungraun) result:)/;

/**
 * iai-callgrind / gungraun (and the original iai): Valgrind's counts per benchmark, deterministic where
 * timings are not. A benchmark is its id line (which may span lines), then indented "<metric>: <new>|<old>
 * (<change>)" lines, grouped under "== <TOOL> ==" headers when several Valgrind tools ran. Each metric is
 * a benchmark "<id> - <metric>" ("<id> - <TOOL> <metric>" for tools other than Callgrind); a metric this
 * run did not measure (N/A) is left out. Counts are better smaller, hit rates bigger.
 */
export function parseCallgrind(source: Source): Measurement[] {
  const found: Measurement[] = [];
  let id: string[] = [];
  let bench = '';
  let tool = '';
  let inSummary = false;
  source.lines.forEach((raw, at) => {
    const line = raw.replace(ANSI, '').trimEnd();
    if (line === '') {
      id = [];
      return;
    }
    if (SUMMARY.test(line)) {
      inSummary = true;
      return;
    }
    if (!/^\s/.test(line)) {
      inSummary = false;
      id.push(line.trim());
      return;
    }
    if (inSummary) return;
    const header = TOOL.exec(line);
    if (header) {
      tool = header[1] === 'CALLGRIND' ? '' : (header[1] as string);
      if (id.length > 0) [bench, id] = [id.join(' '), []];
      return;
    }
    const m = METRIC.exec(line);
    if (!m) return;
    if (id.length > 0) {
      [bench, id, tool] = [id.join(' '), [], ''];
    }
    if (!bench) return;
    const metric = m[1] as string;
    const reading = m[2] as string;
    if (reading === 'N/A') return;
    const value = readNumber(source, at, reading, 'plain', 'iai-callgrind');
    const { unit, better } = metricUnit(metric);
    found.push({
      name: `${bench} - ${tool ? `${tool} ` : ''}${metric}`,
      unit,
      value,
      better,
      ...(m[3] && m[3] !== 'N/A' ? { extra: `was ${m[3]}` } : {}),
    });
  });
  return found;
}

function metricUnit(metric: string): { unit: string; better: Better } {
  if (/hit rate/i.test(metric)) return { unit: '%', better: 'bigger' };
  if (/rate/i.test(metric)) return { unit: '%', better: 'smaller' };
  if (/bytes/i.test(metric)) return { unit: 'bytes', better: 'smaller' };
  return { unit: 'count', better: 'smaller' };
}
