// `pnpm bench quality-gate [MB]`: parse throughput (MB/s) and peak memory of quality-gate's JUnit reader on
// a generated JUnit file (200 MB by default), against the bare streaming XML parser it is built on.
// Each measurement runs in its own process so peak RSS belongs to that parse alone.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TARGET_MB_S = 50;
const TARGET_RSS_MIB = 256;

async function generate(file: string, megabytes: number): Promise<number> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  await write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="generated">\n');
  let bytes = 0;
  let cases = 0;
  for (let suite = 0; bytes < megabytes * 1e6; suite++) {
    let chunk = `<testsuite name="pkg.module${suite}" tests="1000">\n`;
    for (let i = 0; i < 1000; i++, cases++) {
      const head = `<testcase classname="pkg.module${suite}.Test${i % 40}" name="test_case_${i}_with_a_longer_descriptive_name" time="0.0${i % 97}"`;
      if (i % 50 === 0) {
        chunk += `${head}><failure message="expected ${i} to equal ${i + 1}" type="AssertionError">Traceback (most recent call last):\n  File "tests/test_module${suite}.py", line ${i % 300}, in test_case_${i}\n    assert value == expected\nAssertionError</failure><system-out>captured stdout line one\ncaptured stdout line two\n</system-out></testcase>\n`;
      } else if (i % 97 === 0) {
        chunk += `${head}><skipped message="not on this platform"/></testcase>\n`;
      } else if (i % 211 === 0) {
        // A retried test: failed once, then passed (folded as flaky).
        chunk += `${head}><failure message="timeout"/></testcase>\n${head}/>\n`;
      } else {
        chunk += `${head}/>\n`;
      }
    }
    chunk += '</testsuite>\n';
    bytes += Buffer.byteLength(chunk);
    await write(chunk);
  }
  await new Promise<void>((resolve) => out.end('</testsuites>\n', resolve));
  return cases;
}

/** Run one parse in a child process; it prints JSON {seconds, maxRssMiB, ...}. */
function measure(mode: 'gate' | 'bare', file: string): { seconds: number; maxRssMiB: number; detail: string } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode, file], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`${mode} parse failed:\n${child.stdout}\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}');
}

async function child(mode: string, file: string): Promise<void> {
  const started = performance.now();
  let detail = '';
  if (mode === 'gate') {
    process.env.GITHUB_WORKSPACE = path.dirname(file);
    const { emptyTestResults, readJUnit } = await import('../../actions/quality-gate/src/tests/junit.ts');
    const results = emptyTestResults();
    await readJUnit(file, results);
    detail = `${results.total} tests, ${results.failed} failed, ${results.skipped} skipped, ${results.flaky} flaky`;
  } else {
    const { streamXmlFile } = await import('@archway/kit/xml');
    let elements = 0;
    await streamXmlFile(file, {
      open: () => {
        elements++;
      },
    });
    detail = `${elements} elements`;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ seconds, maxRssMiB: process.resourceUsage().maxRSS / 1024, detail }));
}

async function bench(): Promise<void> {
  const megabytes = Number(process.argv[2] ?? 200);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qg-bench-'));
  const file = path.join(dir, 'junit.xml');
  try {
    const cases = await generate(file, megabytes);
    const size = statSync(file).size / 1e6;
    console.log(`generated JUnit: ${size.toFixed(1)} MB, ${cases} testcases`);
    const bare = measure('bare', file);
    const gate = measure('gate', file);
    const row = (label: string, m: typeof gate) =>
      `${label.padEnd(34)} ${(size / m.seconds).toFixed(1).padStart(6)} MB/s  ${m.seconds.toFixed(2).padStart(6)} s  peak RSS ${m.maxRssMiB.toFixed(0).padStart(4)} MiB  (${m.detail})`;
    console.log(row('bare streaming XML (saxes)', bare));
    console.log(row('quality-gate JUnit reader', gate));
    console.log(`gate / bare throughput: ${(bare.seconds / gate.seconds).toFixed(2)}`);
    console.log(
      `targets: >= ${TARGET_MB_S} MB/s -> ${(size / gate.seconds).toFixed(1)} MB/s (${((size / gate.seconds / TARGET_MB_S) * 100).toFixed(0)}% of target); ` +
        `<= ${TARGET_RSS_MIB} MiB -> ${gate.maxRssMiB.toFixed(0)} MiB (${((gate.maxRssMiB / TARGET_RSS_MIB) * 100).toFixed(0)}% of budget, file is ${(size / 1.048576).toFixed(0)} MiB)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3] ?? 'gate', process.argv[4] ?? '');
else await bench();
