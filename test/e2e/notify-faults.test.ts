// notify end to end when channels misbehave or the inputs are wrong: the committed bundle through the
// runner harness against receivers that answer 429 with Retry-After, 5xx, greylist, reset the connection or
// are not there at all. Each live channel must get exactly one message, and no secret may show, on the
// success path and on every error path; every bad input gives one ::error:: naming it and exit 1.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repoRoot } from '../build/bundles.ts';
import { type ActionResult, runAction } from '../harness/run-action.ts';
import { tempWorkspace } from '../helpers/workspace.ts';
import {
  type Certificate,
  type DiscordReceiver,
  type GitHubApiServer,
  type SlackReceiver,
  type SmtpReceiver,
  selfSignedCertificate,
  startDiscord,
  startGitHubApi,
  startSlack,
  startSmtp,
  startTeams,
  startWebhook,
  type TeamsReceiver,
  type WebhookReceiver,
} from '../services/index.ts';

const action = path.join(repoRoot, 'actions/notify');

/** A port nothing listens on: a channel that is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** What the step showed: its log (without the ::add-mask:: lines the runner consumes), summary and outputs. */
function shown(result: ActionResult): string {
  const printed = `${result.stdout}\n${result.stderr}`.replace(/^::add-mask::.*$/gm, '');
  return [printed, result.summary, JSON.stringify(result.outputs)].join('\n');
}

function assertNoSecret(result: ActionResult, secrets: string[]): void {
  assert.deepEqual(result.leaks, []);
  const text = shown(result);
  for (const secret of secrets) {
    const at = text.indexOf(secret);
    assert.ok(at < 0, `a secret was shown: …${text.slice(Math.max(0, at - 200), at)}`);
  }
}

function assertNoStackTrace(result: ActionResult): void {
  assert.doesNotMatch(`${result.stdout}\n${result.stderr}`, /^\s+at .+[(:]\d+/m);
  assert.doesNotMatch(`${result.stdout}\n${result.stderr}`, /node:internal|file:\/\/\/.*dist\//);
}

interface Delivery {
  channel: string;
  ok: boolean;
  status?: number;
  attempts: number;
  ms: number;
  id?: string;
  error?: string;
}
const deliveries = (r: ActionResult) => JSON.parse(r.outputs.deliveries ?? '[]') as Delivery[];

describe('notify end to end: faults, retries and one dead channel', { concurrency: false }, () => {
  let cert: Certificate;
  let slack: SlackReceiver;
  let teams: TeamsReceiver;
  let hook: WebhookReceiver;
  let mail: SmtpReceiver;
  let deadPort: number;
  const deadToken = ['dEaDdIsCoRdToKeN', '0123456789abcdefABCDEF'].join('-'); // gitleaks:allow (a fake token)

  before(async () => {
    cert = await selfSignedCertificate();
    [slack, teams, hook, mail, deadPort] = await Promise.all([
      startSlack(),
      startTeams(),
      startWebhook(),
      startSmtp('starttls', cert),
      closedPort(),
    ]);
  });
  after(async () => {
    await Promise.all([slack, teams, hook, mail].map((s) => s?.stop()));
    cert?.remove();
  });

  const secrets = () => [
    slack.token,
    new URL(slack.webhookUrl).pathname,
    new URL(teams.webhookUrl).searchParams.get('sig') as string,
    new URL(hook.webhookUrl).pathname,
    hook.secret,
    mail.password,
    encodeURIComponent(mail.password),
    deadToken,
  ];
  const channels = () =>
    [
      `- slack://${slack.webhookUrl}`,
      `- { type: slack, token: ${slack.token}, channel: C0BUILDS, api-url: ${slack.apiUrl} }`,
      `- teams://${teams.webhookUrl}`,
      `- { type: webhook, url: ${hook.webhookUrl}, secret: ${hook.secret} }`,
      `- smtp://${encodeURIComponent(mail.user)}:${encodeURIComponent(mail.password)}@127.0.0.1:${mail.port}?to=dev@example.org&from=ci@example.org`,
      `- discord://http://127.0.0.1:${deadPort}/api/webhooks/1234567890123456789/${deadToken}`,
    ].join('\n');
  let runId = 2000;
  // Each run its own GITHUB_RUN_ID: the same run and step would repeat the webhook's Idempotency-Key.
  const run = (inputs: Record<string, string> = {}) =>
    runAction(action, {
      inputs: { channels: channels(), status: 'success', token: '', ...inputs },
      env: { NODE_EXTRA_CA_CERTS: cert.certFile, GITHUB_RUN_ID: String(runId++) },
      secrets: secrets(),
      timeoutMs: 120_000,
    });

  it('retries what proved nothing was taken, waits Retry-After, and each of the five live channels gets exactly one message', async () => {
    slack.inject({ kind: 'status', status: 429, headers: { 'retry-after': '1' }, body: 'rate_limited', path: '/services/' });
    slack.inject({ kind: 'reset', path: '/api/chat.postMessage' });
    teams.inject({ kind: 'status', status: 503, body: { error: { code: 'ServiceUnavailable' } }, path: '/workflows/' });
    hook.inject({ kind: 'reset', path: '/hooks/' });
    hook.inject({ kind: 'status', status: 500, path: '/hooks/' });
    mail.refuseNext(1, 451);
    const result = await run();

    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(result.errors, []);
    for (const r of [slack, teams, hook]) assert.deepEqual(r.pendingFaults, []);
    // Exactly one message each, though each was tried more than once.
    assert.equal(slack.posts.filter((p) => p.via === 'webhook').length, 1);
    assert.equal(slack.posts.filter((p) => p.via === 'api').length, 1);
    assert.equal(teams.cards.length, 1);
    assert.equal(hook.deliveries.length, 1);
    assert.equal(hook.duplicates, 0);
    assert.equal(mail.mails.length, 1);

    const byName = new Map(deliveries(result).map((d) => [d.channel.replace(/127\.0\.0\.1:\d+/, 'HOST'), d]));
    const slackHook = byName.get('slack (HOST)');
    assert.equal(slackHook?.attempts, 2);
    assert.ok((slackHook?.ms ?? 0) >= 1000, `waited Retry-After: ${slackHook?.ms} ms`);
    assert.equal(byName.get('slack (C0BUILDS)')?.attempts, 2);
    assert.equal(byName.get('teams (HOST)')?.attempts, 2);
    assert.equal(byName.get('teams (HOST)')?.status, 202);
    assert.equal(byName.get('webhook (HOST)')?.attempts, 3);
    assert.equal(byName.get('email (HOST)')?.attempts, 2);
    // The retried webhook sent the same body (the same delivery id, so the same Idempotency-Key) three times.
    assert.deepEqual(
      hook.requests.map((r) => r.status),
      [0, 500, 200],
    );
    assert.equal(new Set(hook.requests.map((r) => r.body)).size, 1);

    const dead = byName.get('discord (HOST)');
    assert.equal(dead?.ok, false);
    assert.equal(dead?.attempts, 4);
    assert.match(dead?.error ?? '', /the connection failed \(ECONNREFUSED\)/);
    assert.equal(result.outputs.sent, '5');
    assert.equal(result.outputs.skipped, '0');
    const warnings = result.annotations.filter((a) => a.level === 'warning');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]?.message ?? '', /^discord \(127\.0\.0\.1:\d+\): not delivered: the connection failed \(ECONNREFUSED\)/);
    assert.match(result.summary, /\| discord \(127\.0\.0\.1:\d+\) \| ❌ the connection failed \(ECONNREFUSED\) \|/);
    assertNoSecret(result, secrets());
    assertNoStackTrace(result);
  });

  it('with fail-on-error the step fails once, after every channel was tried, and still shows no secret', async () => {
    const before = { slack: slack.posts.length, teams: teams.cards.length, hook: hook.deliveries.length, mail: mail.mails.length };
    const result = await run({ 'fail-on-error': 'true' });
    assert.equal(result.exitCode, 1, result.stdout);
    assert.equal(result.errors.length, 1);
    assert.match(result.errors[0] as string, /^1 of 6 channels were not delivered: discord \(127\.0\.0\.1:\d+\): the connection failed/);
    assert.equal(result.annotations.filter((a) => a.level === 'warning').length, 0);
    assert.deepEqual(
      [slack.posts.length, teams.cards.length, hook.deliveries.length, mail.mails.length],
      [before.slack + 2, before.teams + 1, before.hook + 1, before.mail + 1],
    );
    assert.equal(result.outputs.sent, '5');
    assertNoSecret(result, secrets());
    assertNoStackTrace(result);
  });

  it('a 500 from a channel without idempotency is not retried (a retry could post twice) and is reported', async () => {
    teams.inject({ kind: 'status', status: 500, path: '/workflows/' });
    const cards = teams.cards.length;
    const result = await run({ channels: `- teams://${teams.webhookUrl}` });
    assert.equal(result.exitCode, 0, result.stdout);
    const [d] = deliveries(result);
    assert.deepEqual([d?.ok, d?.attempts, d?.status], [false, 1, 500]);
    assert.match(d?.error ?? '', /not retried: the channel may have taken it/);
    assert.equal(teams.cards.length, cards);
    assertNoSecret(result, secrets());
  });
});

describe("notify end to end: Discord's rate-limit headers", () => {
  let discord: DiscordReceiver;
  before(async () => {
    discord = await startDiscord({ limit: 1, windowMs: 1500 });
  });
  after(() => discord?.stop());

  it('a message too long for one post is split, and the second post waits for the bucket instead of hitting 429', async () => {
    const words = Array.from({ length: 1800 }, (_, i) => `finding${i}`).join(' ');
    const result = await runAction(action, {
      inputs: { channels: `discord://${discord.webhookUrl}`, status: 'failure', token: '', message: words },
      secrets: [new URL(discord.webhookUrl).pathname],
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(discord.rateLimited, 0);
    discord.assertNoViolations();
    assert.ok(discord.messages.length >= 2, `${discord.messages.length} messages`);
    const text = discord.messages.flatMap((m) => m.embeds.map((e) => e.description as string)).join(' ');
    assert.equal(text.split(/\s+/).filter((w) => w.startsWith('finding')).length, 1800);
    const [d] = deliveries(result);
    assert.equal(d?.ok, true);
    assert.equal(d?.id, discord.messages[0]?.id);
    assertNoSecret(result, [new URL(discord.webhookUrl).pathname]);
  });
});

describe('notify end to end: bad inputs', () => {
  let gh: GitHubApiServer;
  let workspace: string;
  before(async () => {
    gh = await startGitHubApi();
    workspace = tempWorkspace('notify-bad', {
      'results/junit.json': JSON.stringify({ format: 'junit', tests: 3 }),
      'templates/broken.md': '{{#gate}}\n{{headline}}\n',
    });
  });
  after(() => gh?.stop());

  const password = 'hunter2-VerySecret-Pa55';
  const cases: { name: string; inputs: Record<string, string>; error: RegExp }[] = [
    {
      name: 'an unknown scheme',
      inputs: { channels: `sms://bot:${password}@sms.example.org/send/abcdef0123456789` },
      error: /^Input 'channels' item 1 has the unknown scheme 'sms:\/\/': expected one of slack:\/\/, discord:\/\//,
    },
    {
      name: 'a template syntax error',
      inputs: { channels: 'github-comment', token: 'x', message: 'Run {{#details}}- {{.}}' },
      error: /^Input 'message' is not a valid template: Unclosed section "details" at line 1, column 24$/,
    },
    {
      name: 'an unknown template field',
      inputs: { channels: 'github-comment', token: 'x', message: 'Coverage: {{coverage.lines}}' },
      error: /^Input 'message' uses the unknown field 'coverage\.lines' at line 1, column 11; 'coverage' has line, branch$/,
    },
    {
      name: 'a template file with a syntax error',
      inputs: { channels: 'github-comment', token: 'x', template: 'templates/broken.md' },
      error: /^Input 'template' \(file templates\/broken\.md\) is not a valid template: Unclosed section "gate" at line 3, column 1$/,
    },
    {
      name: 'a bad mail address',
      inputs: { channels: `smtp://bot:${password}@mail.example.org:587?to=dev-at-example.org&from=ci@example.org` },
      error: /^Input 'channels' item 1 \(email\): 'to' has 'dev-at-example\.org': expected an address like name@example\.org/,
    },
    {
      name: 'a missing token',
      inputs: { channels: '- github-status', token: '' },
      error: /^Input 'token' is empty: github-status, github-comment and on: change need a GitHub token/,
    },
    {
      name: 'an unknown status',
      inputs: { channels: 'github-comment', token: 'x', status: 'green' },
      error: /^Input 'status' has 'green': .*success.*failure.*cancelled.*partial/,
    },
    {
      name: 'a result file of an unknown format',
      inputs: { channels: 'github-comment', token: 'x', results: 'results/*.json' },
      error: /^Input 'results': the result file results\/junit\.json has the format 'junit'; notify reads archway-gate-report\/v1/,
    },
    {
      name: 'plain http to another host (it would show the webhook URL)',
      inputs: { channels: `discord://http://discord.example.org/api/webhooks/1/${password}` },
      error: /^Input 'channels' item 1 \(discord\): 'webhook' uses plain http to discord\.example\.org; use https/,
    },
  ];

  for (const c of cases) {
    it(`${c.name}: one ::error:: naming the input, exit 1, no stack trace, no secret`, async () => {
      const result = await runAction(action, {
        cwd: workspace,
        inputs: { status: 'success', ...c.inputs },
        env: gh.env,
        secrets: [password],
      });
      assert.equal(result.exitCode, 1, result.stdout);
      assert.equal(result.errors.length, 1, result.errors.join('\n'));
      assert.match(result.errors[0] as string, c.error);
      if (process.env.NOTIFY_SHOW_ERRORS) console.log(result.errors[0]);
      assert.equal(result.annotations.filter((a) => a.level === 'warning').length, 0);
      assertNoStackTrace(result);
      assertNoSecret(result, [password]);
      assert.equal(gh.requests.length, 0, 'nothing was sent before the inputs were checked');
    });
  }
});
