// `pnpm bench release-publish [assets] [MB]`: release-publish uploading 20 assets of 5 MB (by default) to the
// local GitHub API with its bounded concurrency against one at a time, on loopback and with 150 ms of
// added latency per upload (the round trip to GitHub's uploads host from a runner). Goal: >= 2x faster.
// The API runs in its own process, as GitHub would be elsewhere, so client and server do not share a thread.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGitHubClient } from '@archway/kit/github';
import { type PlannedAsset, syncAssets, UPLOAD_CONCURRENCY } from '../../actions/release-publish/src/assets.ts';
import { digestFile } from '../../actions/release-publish/src/checksums.ts';
import type { Repo } from '../../actions/release-publish/src/github.ts';
import { startGitHubApi } from '../services/index.ts';

const GOAL = 2;

if (process.argv[2] === '--server') {
  // The child: one local GitHub API with a draft release, upload latency injected; stops when stdin closes.
  const gh = await startGitHubApi();
  gh.inject({ kind: 'delay', ms: Number(process.argv[3]), operationId: 'repos/upload-release-asset', times: 1_000_000 });
  const client = createGitHubClient({ token: gh.token, baseUrl: gh.url });
  const { data } = await client.rest.repos.createRelease({ owner: gh.owner, repo: gh.repo, tag_name: 'v1.0.0', draft: true });
  console.log(JSON.stringify({ url: gh.url, token: gh.token, owner: gh.owner, repo: gh.repo, release: data }));
  process.stdin.resume();
  process.stdin.on('end', async () => {
    if (gh.violations.length > 0) console.error(gh.violations.join('\n'));
    await gh.stop();
    process.exit(gh.violations.length > 0 ? 1 : 0);
  });
  await new Promise(() => undefined);
}

const count = Number(process.argv[2] ?? 20);
const megabytes = Number(process.argv[3] ?? 5);

const dir = mkdtempSync(path.join(os.tmpdir(), 'release-bench-'));
const planned: PlannedAsset[] = [];
for (let i = 0; i < count; i++) {
  const file = path.join(dir, `asset-${i}.bin`);
  writeFileSync(file, randomBytes(megabytes * 1024 * 1024));
  planned.push({
    name: `asset-${i}.bin`,
    file,
    size: megabytes * 1024 * 1024,
    sha256: (await digestFile(file, ['sha256'])).sha256,
    contentType: 'application/octet-stream',
  });
}

async function measure(concurrency: number, latencyMs: number): Promise<number> {
  const server = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--server', String(latencyMs)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: server.stdout });
  const first = await new Promise<string>((resolve) => lines.on('line', (line) => line.startsWith('{') && resolve(line)));
  const gh = JSON.parse(first);
  const repo: Repo = {
    client: createGitHubClient({ token: gh.token, baseUrl: gh.url }),
    owner: gh.owner,
    repo: gh.repo,
    token: gh.token,
    apiUrl: gh.url,
  };
  const started = performance.now();
  const synced = await syncAssets(repo, gh.release, planned, { overwrite: false, concurrency });
  const seconds = (performance.now() - started) / 1000;
  const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));
  server.stdin.end();
  if ((await exited) !== 0) throw new Error('the local GitHub API saw violations');
  if (synced.filter((s) => s.outcome === 'uploaded').length !== count) throw new Error('not every asset was uploaded');
  return seconds;
}

console.log(`release-publish: ${count} assets of ${megabytes} MB to the local GitHub API`);
let worst = Number.POSITIVE_INFINITY;
for (const latencyMs of [0, 150]) {
  // The median of three, alternating, so a busy moment of the machine does not decide the ratio.
  const serialRuns: number[] = [];
  const parallelRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    serialRuns.push(await measure(1, latencyMs));
    parallelRuns.push(await measure(UPLOAD_CONCURRENCY, latencyMs));
  }
  const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[1] as number;
  const serial = median(serialRuns);
  const parallel = median(parallelRuns);
  const ratio = serial / parallel;
  worst = Math.min(worst, ratio);
  const mbps = (s: number) => ((count * megabytes) / s).toFixed(0);
  console.log(
    `  ${latencyMs === 0 ? 'loopback      ' : `+${latencyMs} ms/upload`}: one at a time ${serial.toFixed(2)} s (${mbps(serial)} MB/s), ${UPLOAD_CONCURRENCY} at a time ${parallel.toFixed(2)} s (${mbps(parallel)} MB/s): ${ratio.toFixed(2)}x`,
  );
}
console.log(`  slowest speed-up ${worst.toFixed(2)}x (goal >= ${GOAL}x): ${worst >= GOAL ? 'met' : 'NOT met'}`);
rmSync(dir, { recursive: true, force: true });
