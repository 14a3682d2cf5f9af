// notify end to end, every channel at once: the committed bundle through the runner harness, to real
// receivers (smtp-server with STARTTLS and implicit TLS, Slack, Discord, Teams and webhook endpoints that
// validate like the services, Debian's prometheus-pushgateway) and the local GitHub API, with the message
// rendered from result files the other actions wrote (test/fixtures/notify, see its README).
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { repoRoot } from '../build/bundles.ts';
import { type ActionResult, runAction } from '../harness/run-action.ts';
import { tempWorkspace } from '../helpers/workspace.ts';
import {
  type Certificate,
  type DiscordReceiver,
  type GitHubApiServer,
  type Pushgateway,
  type SlackReceiver,
  type SmtpReceiver,
  seedWorkflowRun,
  selfSignedCertificate,
  startDiscord,
  startGitHubApi,
  startPushgateway,
  startSlack,
  startSmtp,
  startTeams,
  startWebhook,
  type TeamsReceiver,
  type WebhookReceiver,
} from '../services/index.ts';

const action = path.join(repoRoot, 'actions/notify');
const fixtures = path.join(repoRoot, 'test/fixtures/notify');
const RESULT_FILES = [
  'gate-report-fail.json',
  'benchmark-result.json',
  'sbom-scan-result.json',
  'boot-timings.json',
  'hardware-sim-result.json',
];
const PR = 42;
const HEAD_SHA = 'feedface'.repeat(5);

let cert: Certificate;
let gh: GitHubApiServer;
let slack: SlackReceiver;
let discord: DiscordReceiver;
let teams: TeamsReceiver;
let hook: WebhookReceiver;
let mail587: SmtpReceiver;
let mail465: SmtpReceiver;
let gateway: Pushgateway;

before(async () => {
  cert = await selfSignedCertificate();
  [gh, slack, discord, teams, hook, mail587, mail465, gateway] = await Promise.all([
    startGitHubApi(),
    startSlack(),
    startDiscord(),
    startTeams(),
    startWebhook(),
    startSmtp('starttls', cert),
    startSmtp('implicit', cert),
    startPushgateway(),
  ]);
  gh.state.commit('feature/sign', { 'fw/main.c': 'int main(void) { return 0; }\n' }, { sha: HEAD_SHA });
  // The current run, so the message can say how long it has taken.
  seedWorkflowRun(gh.state, {
    id: 1000,
    run_number: 1,
    status: 'in_progress',
    conclusion: null,
    head_branch: 'feature/sign',
    run_started_at: new Date(Date.now() - 125_000).toISOString(),
  });
});

afterEach(() => {
  gh.assertNoViolations();
  for (const r of [slack, discord, teams, hook]) r.assertNoViolations();
});

after(async () => {
  await Promise.all([gh, slack, discord, teams, hook, mail587, mail465, gateway].map((s) => s?.stop()));
  cert?.remove();
});

/** A workspace holding the other actions' result files under results/ and a log to attach. */
function workspace(): string {
  const dir = tempWorkspace('notify-e2e', { 'logs/build.log': 'cc -O2 -o fw main.c\nlinked fw (41872 bytes)\n' });
  mkdirSync(path.join(dir, 'results'));
  for (const name of RESULT_FILES) cpSync(path.join(fixtures, name), path.join(dir, 'results', name));
  return dir;
}

const enc = encodeURIComponent;
const mailUrl = (scheme: 'smtp' | 'smtps', m: SmtpReceiver) =>
  `${scheme}://${enc(m.user)}:${enc(m.password)}@127.0.0.1:${m.port}?to=dev@example.org,lead@example.org&from=CI <ci@example.org>&attach=logs/*.log`;

/** Every secret the channels hold: none may appear in what the step prints or writes. */
function secrets(): string[] {
  const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;
  return [
    slack.token,
    pathOf(slack.webhookUrl),
    pathOf(discord.webhookUrl),
    new URL(teams.webhookUrl).searchParams.get('sig') as string,
    pathOf(hook.webhookUrl),
    hook.secret,
    mail587.password,
    mail465.password,
    enc(mail587.password),
    gh.token,
  ];
}

function assertNoSecret(result: ActionResult): void {
  assert.deepEqual(result.leaks, []);
  // ::add-mask:: lines are what the runner takes the secrets from: it never shows them.
  const printed = `${result.stdout}\n${result.stderr}`.replace(/^::add-mask::.*$/gm, '');
  const shown = [printed, result.summary, JSON.stringify(result.outputs)].join('\n');
  for (const secret of secrets()) {
    const at = shown.indexOf(secret);
    assert.ok(
      at < 0,
      `a secret was shown: ${secret.slice(0, 4)}… in …${shown.slice(Math.max(0, at - 300), at).replaceAll(secret, 'SECRET')}`,
    );
  }
}

const EXPECTED_HEADLINE = 'Quality gate failed: line coverage 58.33% < 95%; worst benchmark regression 3.1% > 1%';
const EXPECTED_DETAILS = [
  '1 critical vulnerability, 1 high vulnerability, 2 medium vulnerabilities, 1 licence violation',
  '1 benchmark slower within tolerance',
  "board netduinoplus2 failed at step 'wait for READY' (timed out after 5 s)",
  'booted x86_64/q35 in 3.42 s',
];
const EXPECTED_TITLE = '❌ ci failed on feature/sign';
/** The facts every channel shows, as plain text. */
const EXPECTED_FACTS: [string, RegExp][] = [
  ['Status', /^❌ failed$/],
  ['Branch', /^feature\/sign$/],
  ['Commit', /feedfac/],
  ['Actor', /^octocat$/],
  ['Pull request', /#42.*Sign firmware images/],
  ['Duration', /^2m \d\ds$/],
  ['Tests', /^3 passed, 0 failed, 0 skipped, 1 flaky$/],
  ['Coverage', /^58\.33% lines/],
  ['Vulnerabilities', /^1 critical, 1 high, 2 medium, 0 low$/],
];

function assertFacts(facts: { name: string; value: string }[], where: string): void {
  assert.deepEqual(
    facts.map((f) => f.name),
    EXPECTED_FACTS.map(([name]) => name),
    where,
  );
  for (const [i, [name, value]] of EXPECTED_FACTS.entries()) assert.match(facts[i]?.value ?? '', value, `${where}: ${name}`);
}

function runNotify(cwd: string, channels: string, inputs: Record<string, string> = {}): Promise<ActionResult> {
  return runAction(action, {
    cwd,
    inputs: { channels, status: 'failure', results: 'results/*.json', token: gh.token, ...inputs },
    env: {
      ...gh.env,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: `refs/pull/${PR}/merge`,
      GITHUB_REF_NAME: `${PR}/merge`,
      GITHUB_HEAD_REF: 'feature/sign',
      GITHUB_BASE_REF: 'main',
      NODE_EXTRA_CA_CERTS: cert.certFile,
    },
    event: { pull_request: { number: PR, title: 'Sign firmware images', head: { sha: HEAD_SHA } } },
    secrets: secrets(),
    timeoutMs: 120_000,
  });
}

describe('notify end to end: every channel', { concurrency: false }, () => {
  let cwd: string;
  let first: ActionResult;
  const channels = () =>
    [
      `- slack://${slack.webhookUrl}`,
      `- { type: slack, token: ${slack.token}, channel: C0BUILDS, api-url: ${slack.apiUrl} }`,
      `- discord://${discord.webhookUrl}`,
      `- teams://${teams.webhookUrl}`,
      `- ${mailUrl('smtp', mail587)}`,
      `- ${mailUrl('smtps', mail465)}`,
      `- { type: webhook, url: ${hook.webhookUrl}, secret: ${hook.secret} }`,
      `- pushgateway+${gateway.url}?job=firmware&label.board=stm32`,
      '- github-status',
      '- github-comment',
    ].join('\n');

  before(async () => {
    cwd = workspace();
    first = await runNotify(cwd, channels());
  });

  it('sends to all ten channels, once each, and says so in the outputs and the summary', () => {
    assert.equal(first.exitCode, 0, first.stdout);
    assert.deepEqual(first.errors, []);
    assert.equal(first.annotations.filter((a) => a.level === 'warning').length, 0, first.stdout);
    assert.equal(first.outputs.sent, '10');
    assert.equal(first.outputs.skipped, '0');
    const deliveries = JSON.parse(first.outputs.deliveries ?? '[]') as { channel: string; ok: boolean; attempts: number; id?: string }[];
    assert.equal(deliveries.length, 10);
    for (const d of deliveries) {
      assert.equal(d.ok, true, d.channel);
      assert.equal(d.attempts, 1, d.channel);
    }
    assert.deepEqual(deliveries[4]?.channel, `email (127.0.0.1:${mail587.port})`);
    assert.deepEqual(
      deliveries.map((d) => d.channel.replace(/127\.0\.0\.1:\d+/, 'HOST')),
      [
        'slack (HOST)',
        'slack (C0BUILDS)',
        'discord (HOST)',
        'teams (HOST)',
        'email (HOST)',
        'email (HOST)',
        'webhook (HOST)',
        'pushgateway (HOST)',
        'github-status',
        'github-comment',
      ],
    );
    assert.equal(deliveries[2]?.id, discord.messages[0]?.id);
    assert.equal(deliveries[1]?.id, slack.posts.find((p) => p.via === 'api')?.ts);
    assert.match(first.summary, /^## Notification: ❌ ci failed on feature\/sign$/m);
    assert.match(first.summary, /\| github-comment \| ✅ sent \|/);
    assertNoSecret(first);
  });

  it('Slack: one Block Kit message per route with the header, the findings, the facts and a button to the run', () => {
    assert.equal(slack.posts.length, 2);
    for (const post of slack.posts) {
      const [header, section, fields, actions] = post.blocks as {
        type: string;
        text?: { text: string };
        fields?: { text: string }[];
        elements?: { url: string; text: { text: string } }[];
      }[];
      assert.equal(header?.type, 'header');
      assert.equal(header?.text?.text, EXPECTED_TITLE);
      assert.equal(section?.type, 'section');
      // slackify-markdown puts zero-width spaces around emphasis so Slack reads it next to punctuation.
      const text = (section?.text?.text ?? '').replace(/\u200b/g, '');
      assert.ok(text.startsWith(`*${EXPECTED_HEADLINE.replace(/</g, '&lt;').replace(/>/g, '&gt;')}*`), text);
      assert.deepEqual(
        text.split('\n').slice(2),
        EXPECTED_DETAILS.map((d) => `•   ${d}`),
      );
      const names = (fields?.fields ?? []).map((f) => /^\*([^*]+)\*/.exec(f.text)?.[1]);
      assert.deepEqual(
        names,
        EXPECTED_FACTS.map(([n]) => n),
      );
      assert.match(fields?.fields?.[6]?.text ?? '', /3 passed, 0 failed, 0 skipped, 1 flaky/);
      assert.equal(actions?.elements?.[0]?.url, 'https://github.com/archway-ci/example/actions/runs/1000');
      assert.equal(post.text, `${EXPECTED_TITLE}: ${EXPECTED_HEADLINE}`);
    }
    const api = slack.posts.find((p) => p.via === 'api');
    assert.equal(api?.channel, 'C0BUILDS');
    assert.equal(api?.metadata?.event_type, 'archway_notify');
    assert.equal(api?.metadata?.event_payload.run_id, '1000');
  });

  it('Discord: one message with a red embed linking to the run, the findings and the facts as fields', () => {
    assert.equal(discord.messages.length, 1);
    const [embed] = (discord.messages[0]?.embeds ?? []) as {
      title: string;
      url: string;
      description: string;
      color: number;
      fields: { name: string; value: string }[];
      footer: { text: string };
    }[];
    assert.equal(embed?.title, EXPECTED_TITLE);
    assert.equal(embed?.url, 'https://github.com/archway-ci/example/actions/runs/1000');
    assert.equal(embed?.color, 0xd1242f);
    assert.equal(embed?.description.split('\n')[0], `**${EXPECTED_HEADLINE}**`);
    // Discord renders Markdown: the escapes that keep names literal stay.
    assert.deepEqual(
      embed?.description.split('\n').slice(1),
      EXPECTED_DETAILS.map((d) => `- ${d.replace(/_/g, '\\_')}`),
    );
    assertFacts(
      (embed?.fields ?? []).map((f) => ({ name: f.name, value: f.value.replace(/\\(.)/g, '$1') })),
      'discord',
    );
    assert.equal(embed?.footer.text, 'archway-ci/example · run #1');
    assert.deepEqual(discord.messages[0]?.allowed_mentions, { parse: [] });
  });

  it('Teams: one Adaptive Card 1.4 (valid against its schema) with the findings, the facts and the run button', () => {
    assert.equal(teams.cards.length, 1);
    const card = teams.cards[0] as {
      version: string;
      body: { type: string; items?: { text: string }[]; text?: string; facts?: { title: string; value: string }[] }[];
      actions: { url: string }[];
    };
    assert.equal(card.version, '1.4');
    assert.equal(card.body[0]?.items?.[0]?.text, EXPECTED_TITLE);
    assert.equal(card.body[1]?.text?.split('\n')[0], `**${EXPECTED_HEADLINE}**`);
    assertFacts(
      (card.body[2]?.facts ?? []).map((f) => ({ name: f.title, value: f.value })),
      'teams',
    );
    assert.equal(card.actions[0]?.url, 'https://github.com/archway-ci/example/actions/runs/1000');
  });

  it('email: STARTTLS on the submission server and implicit TLS, AUTH, subject, text and HTML parts, the attachment', () => {
    for (const server of [mail587, mail465]) {
      assert.equal(server.mails.length, 1, server.mode);
      const mail = server.mails[0];
      assert.ok(mail);
      assert.equal(mail.secure, true);
      assert.equal(mail.user, server.user);
      assert.deepEqual(server.auths, [{ secure: true, ok: true }]);
      assert.equal(mail.from, 'ci@example.org');
      assert.deepEqual(mail.to, ['dev@example.org', 'lead@example.org']);
      const p = mail.parsed;
      assert.equal(p.subject, EXPECTED_TITLE);
      assert.equal(p.from?.value[0]?.name, 'CI');
      assert.match(p.messageId ?? '', /^<archway-1000\.1\.__run\.[45]@example\.org>$/);
      assert.equal(p.headers.get('x-archway-run'), 'https://github.com/archway-ci/example/actions/runs/1000');
      const text = p.text ?? '';
      assert.equal(text.split('\n')[0], EXPECTED_TITLE);
      assert.ok(text.includes(EXPECTED_HEADLINE), text);
      for (const d of EXPECTED_DETAILS) assert.ok(text.includes(`- ${d}`), d);
      assert.match(text, /^Tests: 3 passed, 0 failed, 0 skipped, 1 flaky$/m);
      assert.match(text, /^Vulnerabilities: 1 critical, 1 high, 2 medium, 0 low$/m);
      assert.match(text, /^Run: https:\/\/github\.com\/archway-ci\/example\/actions\/runs\/1000$/m);
      const html = String(p.html);
      assert.ok(html.includes(`<h2>${EXPECTED_TITLE}</h2>`), html);
      assert.ok(html.includes(`<strong>${EXPECTED_HEADLINE.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</strong>`), html);
      assert.match(html, /<th align="left">Coverage<\/th><td>58\.33% lines/);
      assert.deepEqual(
        p.attachments.map((a) => [a.filename, a.content.toString('utf8')]),
        [['build.log', 'cc -O2 -o fw main.c\nlinked fw (41872 bytes)\n']],
      );
    }
  });

  it('webhook: one signed JSON delivery (the receiver checks the HMAC) with the run and every result', () => {
    assert.equal(hook.deliveries.length, 1);
    assert.equal(hook.duplicates, 0);
    const { headers, payload } = hook.deliveries[0] as (typeof hook.deliveries)[number];
    assert.match(String(headers['x-archway-signature-256']), /^sha256=[0-9a-f]{64}$/);
    assert.equal(headers['idempotency-key'], payload.delivery);
    const p = payload as {
      format: string;
      title: string;
      status: string;
      headline: string;
      run: Record<string, unknown>;
      results: {
        gates: { passed: boolean; conditions: { id: string; value?: number; verdict: string }[] }[];
        benchmarks: { benchmarks: { name: string; current: number; change?: number }[] }[];
        sboms: { vulnerabilities: Record<string, number>; licenseViolations: number; components: number }[];
        boots: { arch: string; totalSeconds: number }[];
        hardware: { boards: { board: string; result: string }[] }[];
      };
    };
    assert.equal(p.format, 'archway-notify/v1');
    assert.equal(p.title, EXPECTED_TITLE);
    assert.equal(p.status, 'failure');
    assert.equal(p.headline, EXPECTED_HEADLINE);
    assert.deepEqual(
      { ...p.run, durationSeconds: typeof p.run.durationSeconds },
      {
        repository: 'archway-ci/example',
        workflow: 'ci',
        id: '1000',
        number: '1',
        attempt: '1',
        url: 'https://github.com/archway-ci/example/actions/runs/1000',
        branch: 'feature/sign',
        commit: HEAD_SHA,
        actor: 'octocat',
        pullRequest: { number: PR, url: `https://github.com/archway-ci/example/pull/${PR}` },
        durationSeconds: 'number',
      },
    );
    const gate = readJson('gate-report-fail.json') as { conditions: { id: string; value?: number; verdict: string }[] };
    assert.deepEqual(
      p.results.gates[0]?.conditions.map((c) => [c.id, c.value, c.verdict]),
      gate.conditions.map((c) => [c.id, c.value, c.verdict]),
    );
    assert.equal(p.results.gates[0]?.passed, false);
    const bench = readJson('benchmark-result.json') as { benchmarks: { name: string; current: number; change?: number }[] };
    assert.deepEqual(
      p.results.benchmarks[0]?.benchmarks.map((b) => [b.name, b.current, b.change]),
      bench.benchmarks.map((b) => [b.name, b.current, b.change]),
    );
    const sbom = readJson('sbom-scan-result.json') as {
      vulnerabilities: { counts: Record<string, number> };
      licenses: { violations: unknown[] };
      sbom: { components: number };
    };
    assert.deepEqual(p.results.sboms[0]?.vulnerabilities, sbom.vulnerabilities.counts);
    assert.equal(p.results.sboms[0]?.licenseViolations, sbom.licenses.violations.length);
    assert.equal(p.results.sboms[0]?.components, sbom.sbom.components);
    assert.deepEqual(
      p.results.boots.map((b) => [b.arch, b.totalSeconds]),
      [['x86_64', 3.42]],
    );
    assert.deepEqual(
      p.results.hardware[0]?.boards.map((b) => [b.board, b.result]),
      [
        ['stm32vldiscovery', 'passed'],
        ['netduinoplus2', 'failed'],
      ],
    );
  });

  it('Pushgateway: the metrics grouped by job, repository, branch and label, read back from its /metrics', async () => {
    const text = await gateway.metrics();
    const group = { board: 'stm32', branch: 'feature/sign', instance: '', job: 'firmware', repository: 'archway-ci/example' };
    const samples = parseExposition(text);
    const value = (name: string, labels: Record<string, string> = {}) => {
      const want = { ...labels, ...group };
      const found = samples.filter(
        (s) =>
          s.name === name &&
          Object.keys(s.labels).length === Object.keys(want).length &&
          Object.entries(want).every(([k, v]) => s.labels[k] === v),
      );
      assert.equal(found.length, 1, `${name}${JSON.stringify(labels)} in\n${text}`);
      return found[0]?.value as number;
    };
    assert.equal(value('archway_run_success'), 0);
    assert.equal(value('archway_run_status', { status: 'failure' }), 1);
    assert.equal(value('archway_gate_passed'), 0);
    assert.equal(value('archway_gate_condition_value', { condition: 'coverage.min-line' }), 58.33);
    assert.equal(value('archway_gate_condition_ok', { condition: 'coverage.min-line' }), 0);
    assert.equal(value('archway_gate_condition_threshold', { condition: 'coverage.min-line' }), 95);
    assert.equal(value('archway_tests', { result: 'passed' }), 3);
    assert.equal(value('archway_tests', { result: 'flaky' }), 1);
    assert.equal(value('archway_coverage_percent', { kind: 'line' }), 58.33);
    assert.equal(value('archway_benchmark_value', { benchmark: 'BenchmarkSign', unit: 'ns/op' }), 2.99);
    assert.equal(value('archway_vulnerabilities', { severity: 'critical' }), 1);
    assert.equal(value('archway_vulnerabilities', { severity: 'medium' }), 2);
    assert.equal(value('archway_license_violations'), 1);
    assert.equal(value('archway_boot_total_seconds', { arch: 'x86_64', machine: 'q35' }), 3.42);
    assert.equal(value('archway_boot_milestone_seconds', { arch: 'x86_64', machine: 'q35', milestone: 'firmware' }), 0.41);
    assert.ok(value('archway_run_duration_seconds') >= 120);
    assert.ok(value('push_time_seconds') > Date.now() / 1000 - 600);
    assert.equal(value('push_failure_time_seconds'), 0);
  });

  it('GitHub: a failure status on the head commit and one sticky comment, through the checked API', () => {
    const statuses = gh.state.statuses.filter((s) => s.sha === HEAD_SHA);
    assert.equal(statuses.length, 1);
    const [status] = statuses;
    assert.equal(status?.state, 'failure');
    assert.equal(status?.context, 'notify/ci');
    assert.equal(status?.target_url, 'https://github.com/archway-ci/example/actions/runs/1000');
    assert.ok((status?.description?.length ?? 0) <= 140);
    assert.ok(EXPECTED_HEADLINE.startsWith((status?.description ?? 'x').replace(/…$/, '')), status?.description ?? '');
    assert.equal(gh.state.comments.length, 1);
    const comment = gh.state.comments[0];
    assert.equal(comment?.issue_number, PR);
    assert.match(comment?.body ?? '', /^### ❌ ci failed on feature\/sign$/m);
    assert.ok(comment?.body.includes(`**${EXPECTED_HEADLINE.replace(/</g, '\\<').replace(/>/g, '\\>')}**`), comment?.body);
    assert.match(comment?.body ?? '', /\| \*\*Tests\*\* \| 3 passed, 0 failed, 0 skipped, 1 flaky \|/);
    assert.match(comment?.body ?? '', /\[View run #1\]\(https:\/\/github\.com\/archway-ci\/example\/actions\/runs\/1000\)/);
  });

  it('a second run updates the sticky comment in place and replaces the Pushgateway group', async () => {
    const commentId = gh.state.comments[0]?.id;
    cpSync(path.join(fixtures, 'gate-report-warn.json'), path.join(cwd, 'results/gate-report-warn.json'));
    const ok = await runNotify(cwd, ['- github-comment', `- pushgateway+${gateway.url}?job=firmware&label.board=stm32`].join('\n'), {
      status: 'success',
      results: 'results/gate-report-warn.json',
    });
    assert.equal(ok.exitCode, 0, ok.stdout);
    assert.equal(ok.outputs.sent, '2');
    assert.equal(gh.state.comments.length, 1);
    assert.equal(gh.state.comments[0]?.id, commentId);
    assert.match(gh.state.comments[0]?.body ?? '', /^### ✅ ci succeeded on feature\/sign$/m);
    assert.match(gh.state.comments[0]?.body ?? '', /^\*\*Quality gate passed with warnings: flaky tests 1 \\> 0\*\*$/m);
    const text = await gateway.metrics();
    assert.match(text, /^archway_run_success\{[^}]*job="firmware"[^}]*\} 1$/m);
    assert.match(text, /^archway_gate_passed\{[^}]*job="firmware"[^}]*\} 1$/m);
    assert.doesNotMatch(text, /archway_boot_total_seconds/);
    assertNoSecret(ok);
  });
});

/** The samples of the Prometheus text format: name, labels, value. */
function parseExposition(text: string): { name: string; labels: Record<string, string>; value: number }[] {
  const samples: { name: string; labels: Record<string, string>; value: number }[] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[l[1] as string] = (l[2] as string).replace(/\\(.)/g, '$1');
    samples.push({ name: m[1] as string, labels, value: Number(m[3]) });
  }
  return samples;
}

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'));
}
