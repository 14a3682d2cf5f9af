// Start/stop cost of the local services, as a test file pays it (cold: first use in a process).
// Run: pnpm bench services
import { performance } from 'node:perf_hooks';
import { startGitHubApi, startResultsService } from '../services/index.ts';

async function timed<T>(what: string, work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  console.log(`${what.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms`);
  return [value, ms];
}

const call = (url: string, token: string) =>
  fetch(`${url}/repos/archway-ci/example/releases`, { headers: { authorization: `token ${token}` } });

const [gh] = await timed('GitHub API: start (cold)', () => startGitHubApi());
const [, firstCall] = await timed('GitHub API: first request (loads the description)', () => call(gh.url, gh.token));
const [, secondCall] = await timed('GitHub API: second request', () => call(gh.url, gh.token));
await timed('GitHub API: stop', () => gh.stop());
const [results, coldResults] = await timed('results service + Azurite: start (cold)', () => startResultsService());
await timed('results service + Azurite: stop', () => results.stop());
const [warm, warmResults] = await timed('results service + Azurite: start (warm)', () => startResultsService());
await timed('results service + Azurite: stop', () => warm.stop());
const [both, bothMs] = await timed('both, started together (warm)', () => Promise.all([startGitHubApi(), startResultsService()]));
await timed('both, stopped together', () => Promise.all(both.map((s) => s.stop())));

console.log(
  `first/second request: ${(firstCall / secondCall).toFixed(1)}x; cold/warm results start: ${(coldResults / warmResults).toFixed(1)}x`,
);
console.log(
  `a test file pays about ${(coldResults + firstCall).toFixed(0)} ms once, then ${bothMs.toFixed(0)} ms per extra pair of services`,
);
