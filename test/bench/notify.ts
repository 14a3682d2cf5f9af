import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../build/bundles.ts';
import { inputEnvName, readActionYml } from '../harness/action-yml.ts';
import { node24 } from '../harness/node24.ts';
import { runAction } from '../harness/run-action.ts';
import {
  selfSignedCertificate,
  startDiscord,
  startPushgateway,
  startSlack,
  startSmtp,
  startTeams,
  startWebhook,
} from '../services/index.ts';

/**
 * notify: six channels (Slack, Discord, Teams, a signed webhook, SMTP with STARTTLS, a real Pushgateway)
 * in one step, where they are sent in parallel, against the same six as six one-channel steps one after
 * another (what a workflow with one action per channel does); once as the local receivers answer and once
 * with every HTTP answer delayed (a service's real latency). Then the cold start: process start to the
 * first clean ::error:: for a bad input, and to one delivered webhook. Medians of RUNS runs.
 */
const RUNS = Number(process.env.RUNS ?? 5);
const DELAY_MS = Number(process.env.DELAY_MS ?? 250);
const action = path.join(repoRoot, 'actions/notify');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const cert = await selfSignedCertificate();
const [slack, discord, teams, hook, mail, gateway] = await Promise.all([
  startSlack(),
  startDiscord({ limit: 1000 }),
  startTeams(),
  startWebhook(),
  startSmtp('starttls', cert),
  startPushgateway(),
]);
const http = [slack, discord, teams, hook];
const enc = encodeURIComponent;
const channels = [
  `slack://${slack.webhookUrl}`,
  `discord://${discord.webhookUrl}`,
  `teams://${teams.webhookUrl}`,
  `{ type: webhook, url: ${hook.webhookUrl}, secret: ${hook.secret} }`,
  `smtp://${enc(mail.user)}:${enc(mail.password)}@127.0.0.1:${mail.port}?to=dev@example.org&from=ci@example.org`,
  `pushgateway+${gateway.url}?job=bench`,
];
let runId = 5000;

async function step(list: string[]): Promise<{ wallMs: number; deliveryMs: number[] }> {
  const started = performance.now();
  const result = await runAction(action, {
    inputs: { channels: list.map((c) => `- ${c}`).join('\n'), status: 'success', token: '', 'fail-on-error': 'true' },
    env: { NODE_EXTRA_CA_CERTS: cert.certFile, GITHUB_RUN_ID: String(runId++) },
  });
  const wallMs = performance.now() - started;
  if (result.exitCode !== 0) throw new Error(`notify failed:\n${result.stdout}`);
  const deliveries = JSON.parse(result.outputs.deliveries ?? '[]') as { ms: number }[];
  return { wallMs, deliveryMs: deliveries.map((d) => d.ms) };
}

async function compare(label: string): Promise<string[]> {
  const parallel: number[] = [];
  const sequential: number[] = [];
  const sums: number[] = [];
  const slowest: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const one = await step(channels);
    parallel.push(one.wallMs);
    sums.push(one.deliveryMs.reduce((a, b) => a + b, 0));
    slowest.push(Math.max(...one.deliveryMs));
    let total = 0;
    for (const channel of channels) total += (await step([channel])).wallMs;
    sequential.push(total);
  }
  const p = median(parallel);
  const s = median(sequential);
  return [
    `${label}`,
    `  one step, six channels in parallel        ${(p / 1000).toFixed(2).padStart(6)} s`,
    `  six one-channel steps one after another   ${(s / 1000).toFixed(2).padStart(6)} s   (${(s / p).toFixed(1)}x)`,
    `  inside the six-channel step: deliveries   ${(median(sums) / 1000).toFixed(2).padStart(6)} s summed, ${(median(slowest) / 1000).toFixed(2)} s the slowest`,
  ];
}

function coldStart(): string[] {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'notify-cold-'));
  const alone = path.join(scratch, 'notify');
  cpSync(path.join(action, 'action.yml'), path.join(alone, 'action.yml'));
  cpSync(path.join(action, 'dist'), path.join(alone, 'dist'), { recursive: true });
  const meta = readActionYml(action);
  const base: Record<string, string> = { PATH: '/usr/bin:/bin', RUNNER_TEMP: scratch, GITHUB_WORKSPACE: scratch };
  for (const [name, spec] of Object.entries(meta.inputs)) base[inputEnvName(name)] = spec.default ?? '';
  const output = path.join(scratch, 'output');
  const time = (env: Record<string, string>) => {
    const samples: number[] = [];
    for (let i = 0; i < RUNS * 3; i++) {
      writeFileSync(output, '');
      const start = process.hrtime.bigint();
      try {
        execFileSync(node24(), [path.join(alone, 'dist/index.js')], { env, cwd: scratch, stdio: 'ignore' });
      } catch {
        // The bad-input run exits 1: that is the path timed.
      }
      samples.push(Number(process.hrtime.bigint() - start) / 1e9);
    }
    return median(samples);
  };
  const bad = time({ ...base, INPUT_STATUS: 'success', INPUT_CHANNELS: 'sms://nowhere' });
  const webhook = time({
    ...base,
    INPUT_STATUS: 'success',
    INPUT_TOKEN: '',
    INPUT_CHANNELS: `- { type: webhook, url: ${hook.webhookUrl}, secret: ${hook.secret} }`,
    GITHUB_OUTPUT: output,
  });
  rmSync(scratch, { recursive: true, force: true });
  return [
    `cold start, node 24, median of ${RUNS * 3} runs`,
    `  to the ::error:: for an unknown scheme    ${bad.toFixed(3).padStart(6)} s`,
    `  to one delivered, signed webhook          ${webhook.toFixed(3).padStart(6)} s`,
  ];
}

try {
  const cold = coldStart();
  const lines = [`notify, median of ${RUNS} runs (each step through the runner harness)`, ''];
  lines.push(...(await compare('receivers answering at once (loopback)')), '');
  for (const r of http) r.inject({ kind: 'delay', ms: DELAY_MS, times: 100_000 });
  lines.push(...(await compare(`every HTTP answer ${DELAY_MS} ms late (SMTP and the Pushgateway as they are)`)), '');
  lines.push(...cold);
  console.log(lines.join('\n'));
} finally {
  await Promise.all([...http, mail, gateway].map((s) => s.stop()));
  cert.remove();
}
