/**
 * KTAP (the kernel's test output: KUnit at boot, kselftest) and TAP 13/14, read line by line as a console
 * prints them. Nesting is by indentation (four spaces or a tab per level, as KUnit writes it) or by the
 * "# " prefix kselftest's runner puts before a test program's own TAP; a printk timestamp (`[    0.06] `)
 * is dropped. Results before the first version line are not test output and are ignored.
 */

export type KtapStatus = 'passed' | 'failed' | 'skipped';

export interface KtapResult {
  /** 1-based number of the result in its plan. */
  number: number;
  name: string;
  status: KtapStatus;
  /** The directive's reason: `# SKIP why` or `# TODO why`. */
  reason?: string;
  /** Diagnostic lines (`# ...`) printed after the previous result at this level, newest last. */
  diagnostics: string[];
  /** Subtests, when the result closes a suite. */
  children: KtapResult[];
}

export interface KtapLeaf {
  /** The suites above it, outermost first, and its own name. */
  path: string[];
  result: KtapResult;
}

const TIMESTAMP = /^\[\s*\d+\.\d+\]\s?/;
const VERSION = /^(K?TAP) version (\d+)\s*$/;
const PLAN = /^1\.\.(\d+)/;
const RESULT = /^(not ok|ok)\s+(\d+)(?:\s+-)?\s*(.*)$/;
const DIRECTIVE = /\s+#\s*(SKIP|TODO|XFAIL)\b\s*(.*)$/i;
/** Lines of diagnostics kept per result: the last ones before it (a failure's message). */
const MAX_DIAGNOSTICS = 20;

interface Level {
  results: KtapResult[];
  diagnostics: string[];
  subtest?: string;
}

/** A reader fed one console line at a time; `results()` gives the top-level results seen so far. */
export class KtapReader {
  #levels: Level[] = [];
  #started = false;
  #version?: string;

  /** "KTAP version 1" or "TAP version 14", once a stream has started. */
  get version(): string | undefined {
    return this.#version;
  }

  /** True once a version line has been seen. */
  get started(): boolean {
    return this.#started;
  }

  push(rawLine: string): void {
    let line = rawLine.replace(TIMESTAMP, '').replace(/\s+$/, '');
    let depth = 0;
    for (;;) {
      const indent = /^(\t| {4})/.exec(line);
      if (indent) {
        depth++;
        line = line.slice(indent[0].length);
        continue;
      }
      // kselftest: "# TAP version 13", "# ok 1 ...": a program's own TAP one level down.
      const prefixed = /^# (?=(K?TAP version |1\.\.\d|ok |not ok |# Subtest:))/.exec(line);
      if (prefixed) {
        depth++;
        line = line.slice(prefixed[0].length);
        continue;
      }
      break;
    }
    line = line.trimStart();
    const version = VERSION.exec(line);
    if (version) {
      if (!this.#started) this.#version = `${version[1]} version ${version[2]}`;
      this.#started = true;
      this.#level(depth);
      return;
    }
    if (!this.#started) return;
    const subtest = /^# Subtest: (.*)$/.exec(line);
    if (subtest) {
      this.#level(depth).subtest = subtest[1]?.trim();
      return;
    }
    if (line.startsWith('#')) {
      const diagnostics = this.#level(depth).diagnostics;
      diagnostics.push(line.replace(/^#\s?/, ''));
      if (diagnostics.length > MAX_DIAGNOSTICS) diagnostics.shift();
      return;
    }
    if (PLAN.test(line)) {
      this.#level(depth);
      return;
    }
    const result = RESULT.exec(line);
    if (result) this.#result(depth, result[1] === 'ok', Number(result[2]), result[3] ?? '');
  }

  /** The results at the top level; an unfinished suite (its closing line never came) is not among them. */
  results(): KtapResult[] {
    return this.#levels[0]?.results ?? [];
  }

  /**
   * Every result without children, with the names of the suites above it; also those of suites still
   * open (a crash or a timeout cut the stream before the suite's own result line).
   */
  leaves(): KtapLeaf[] {
    const out: KtapLeaf[] = [];
    const walk = (results: KtapResult[], above: string[]) => {
      for (const r of results) {
        if (r.children.length === 0) out.push({ path: [...above, r.name], result: r });
        else walk(r.children, [...above, r.name]);
      }
    };
    const open: string[] = [];
    for (const [depth, level] of this.#levels.entries()) {
      // A "# Subtest:" line at a depth names the suite the results at that depth belong to.
      if (depth > 0) open.push(level.subtest ?? '(unnamed suite)');
      walk(level.results, [...open]);
    }
    return out;
  }

  /** The suites whose result line has not come yet, outermost first (empty when the stream ended cleanly). */
  openSuites(): string[] {
    return this.#levels.slice(1).flatMap((l) => (l.subtest !== undefined ? [l.subtest] : l.results.length > 0 ? ['(unnamed suite)'] : []));
  }

  #level(depth: number): Level {
    while (this.#levels.length <= depth) this.#levels.push({ results: [], diagnostics: [] });
    return this.#levels[depth] as Level;
  }

  #result(depth: number, ok: boolean, number: number, rest: string): void {
    const level = this.#level(depth);
    const directive = DIRECTIVE.exec(rest);
    const kind = directive?.[1]?.toUpperCase();
    // TAP: a SKIP is skipped whatever its ok; a TODO that fails is expected to (not a failure).
    const status: KtapStatus = kind === 'SKIP' ? 'skipped' : ok || kind === 'TODO' || kind === 'XFAIL' ? 'passed' : 'failed';
    // The deeper levels since the previous result here are this result's subtests (the nearest level
    // that has results: a stream may skip one, as a nested KTAP header without a plan of its own does).
    const deeper = this.#levels.slice(depth + 1);
    const below = deeper.find((l) => l.results.length > 0) ?? deeper[0];
    const children = below ? below.results : [];
    // A suite's result line may leave out the name its "# Subtest:" line gave.
    const name = (directive ? rest.slice(0, directive.index) : rest).trim() || below?.subtest || `test ${number}`;
    this.#levels.length = depth + 1;
    level.results.push({
      number,
      name,
      status,
      ...(directive?.[2] ? { reason: directive[2].trim() } : {}),
      diagnostics: [...level.diagnostics, ...(below?.diagnostics ?? [])],
      children,
    });
    level.diagnostics = [];
  }
}
