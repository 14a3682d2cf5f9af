import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readSbomScanResult } from '@archway/kit/contracts/sbom-scan-result';
import { schemaErrors } from '../../actions/sbom-scan/src/schemas/validate.ts';
import { runAction } from '../harness/run-action.ts';
import { type GitHubApiServer, type OsvServer, startGitHubApi, startOsvService } from '../services/index.ts';

const action = path.resolve(import.meta.dirname, '../../actions/sbom-scan');
const fixtures = path.resolve(import.meta.dirname, '../fixtures');

/** A workspace holding copies of fixture folders, as a git work tree with everything tracked. */
function workspace(...folders: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sbom-scan-'));
  for (const f of folders) cpSync(path.join(fixtures, f), path.join(dir, path.basename(f)), { recursive: true });
  return dir;
}

function gitTrack(dir: string): void {
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
}

const EXPECTED_NPM = [
  { id: 'GHSA-29mw-wpgm-hmr9', package: 'lodash', version: '4.17.20', severity: 'medium', score: 5.3, fixed: ['4.17.21'] },
  { id: 'GHSA-35jh-r3h4-6jhm', package: 'lodash', version: '4.17.20', severity: 'high', score: 7.2, fixed: ['4.17.21'] },
  { id: 'GHSA-c2qf-rxjj-qqgw', package: 'semver', version: '7.5.1', severity: 'medium', score: 5.3, fixed: ['5.7.2', '6.3.1', '7.5.2'] },
  { id: 'GHSA-xvch-5gv4-984h', package: 'minimist', version: '1.2.5', severity: 'critical', score: 9.8, fixed: ['0.2.4', '1.2.6'] },
];

describe('sbom-scan end to end', () => {
  let osv: OsvServer;
  let github: GitHubApiServer;
  before(async () => {
    osv = await startOsvService({ pageSize: 1 });
    github = await startGitHubApi();
  });
  after(async () => {
    await osv.stop();
    await github.stop();
  });

  it('finds exactly the known advisories of an npm project, writes valid SBOMs, SARIF and the result, uploads both', async () => {
    const cwd = workspace('lockfiles/npm-app');
    const result = await runAction(action, {
      cwd,
      inputs: { path: 'npm-app', 'osv-url': osv.url, 'dependency-snapshot': true, token: github.token },
      env: { ...github.env, SOURCE_DATE_EPOCH: '1700000000' },
      secrets: [github.token],
    });
    assert.equal(result.exitCode, 1, result.stderr);
    assert.equal(result.errors.length, 1);
    assert.match(result.errors[0] as string, /Supply-chain policy failed: 2 vulnerabilities at or above high/);
    assert.deepEqual(result.leaks, []);
    const saved = await readSbomScanResult(path.join(cwd, result.outputs['result-json'] as string));
    assert.deepEqual(
      saved.vulnerabilities.findings.map(({ id, package: p, version, severity, score, fixed }) => ({
        id,
        package: p,
        version,
        severity,
        score,
        fixed,
      })),
      EXPECTED_NPM,
    );
    assert.deepEqual(JSON.parse(result.outputs.vulnerabilities as string), { critical: 1, high: 1, medium: 2, low: 0, unknown: 0 });
    assert.equal(result.outputs.passed, 'false');
    const cdx = JSON.parse(readFileSync(path.join(cwd, result.outputs['sbom-cyclonedx'] as string), 'utf8'));
    const spdx = JSON.parse(readFileSync(path.join(cwd, result.outputs['sbom-spdx'] as string), 'utf8'));
    assert.deepEqual(await schemaErrors('CycloneDX 1.6', cdx), []);
    assert.deepEqual(await schemaErrors('SPDX 2.3', spdx), []);
    assert.deepEqual(
      await schemaErrors('SARIF 2.1.0', JSON.parse(readFileSync(path.join(cwd, result.outputs.sarif as string), 'utf8'))),
      [],
    );

    // The same components (name, version, purl) as @cyclonedx/cyclonedx-npm finds in the same lockfile.
    const reference = path.join(cwd, 'reference.cdx.json');
    execFileSync(
      path.join(action, 'node_modules/.bin/cyclonedx-npm'),
      ['--package-lock-only', '--flatten-components', '--output-format', 'JSON', '--output-file', reference],
      {
        cwd: path.join(cwd, 'npm-app'),
        stdio: 'ignore',
        // cyclonedx-npm runs the package manager npm_execpath names: under `pnpm run` that is pnpm, not npm.
        env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_'))),
      },
    );
    const key = (c: { group?: string; name: string; version: string; purl: string }) =>
      `${c.group ? `${c.group}/` : ''}${c.name}@${c.version} ${c.purl}`;
    const theirs = new Set<string>(JSON.parse(readFileSync(reference, 'utf8')).components.map(key));
    assert.deepEqual(new Set<string>(cdx.components.map(key)), theirs);
    assert.equal(spdx.packages.length, theirs.size + 1);

    // Pagination was used (one result per page) and every request met OSV's description.
    assert.ok(osv.requests.some((r) => JSON.stringify(r.body ?? '').includes('page_token')));
    assert.deepEqual(osv.violations, []);
    github.assertNoViolations();
    assert.equal(github.state.sarifs.length, 1);
    assert.equal(github.state.snapshots.length, 1);
    assert.equal(Object.keys(github.state.snapshots[0]?.manifests?.['npm-app/package-lock.json']?.resolved ?? {}).length, theirs.size);

    // Reproducible: the same input gives byte-identical SBOMs.
    const again = await runAction(action, {
      cwd,
      inputs: { path: 'npm-app', 'osv-url': osv.url, 'upload-sarif': false },
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    assert.equal(readFileSync(path.join(cwd, again.outputs['sbom-cyclonedx'] as string), 'utf8'), `${JSON.stringify(cdx, null, 2)}\n`);
  });

  it('gives the same findings from an offline export with no OSV reachable, and merges PYSEC and GHSA aliases', async () => {
    const cwd = workspace('lockfiles/npm-app', 'lockfiles/python-requirements', 'advisories');
    const result = await runAction(action, {
      cwd,
      inputs: {
        'osv-db': 'advisories',
        'osv-url': 'http://127.0.0.1:9',
        'fail-on-severity': 'none',
        secrets: false,
        'upload-sarif': false,
      },
    });
    assert.equal(result.exitCode, 0, result.stderr);
    const saved = await readSbomScanResult(path.join(cwd, result.outputs['result-json'] as string));
    const npm = saved.vulnerabilities.findings.filter((f) => f.ecosystem === 'npm');
    assert.deepEqual(
      npm.map((f) => [f.id, f.package, f.fixed]),
      EXPECTED_NPM.map((f) => [f.id, f.package, f.fixed]),
    );
    const py = saved.vulnerabilities.findings.filter((f) => f.ecosystem === 'PyPI');
    assert.deepEqual(
      py.map((f) => [f.id, f.aliases, f.fixed, f.severity]),
      [
        ['GHSA-j8r2-6x86-q33q', ['CVE-2023-32681', 'PYSEC-2023-74'], ['2.31.0'], 'medium'],
        ['PYSEC-2018-28', ['CVE-2018-18074', 'GHSA-x84v-xcm2-53pg'], ['2.20.0'], 'unknown'],
      ],
    );
  });

  it('survives 429 with Retry-After, 503 and a reset connection from the OSV API', async () => {
    const cwd = workspace('lockfiles/npm-app');
    osv.inject({ kind: 'status', status: 429, headers: { 'retry-after': '0' }, path: '/v1/querybatch' });
    osv.inject({ kind: 'status', status: 503, path: '/v1/vulns/' });
    osv.inject({ kind: 'reset', path: '/v1/vulns/' });
    const result = await runAction(action, {
      cwd,
      inputs: { path: 'npm-app', 'osv-url': osv.url, 'fail-on-severity': 'none', 'upload-sarif': false },
    });
    assert.equal(result.exitCode, 0, result.stderr);
    assert.deepEqual(osv.pendingFaults, []);
    assert.deepEqual(JSON.parse(result.outputs.vulnerabilities as string), { critical: 1, high: 1, medium: 2, low: 0, unknown: 0 });
  });

  it('finds planted tokens at their exact file and line, never prints them, and honours gitleaks:allow', async () => {
    const cwd = workspace('lockfiles/npm-app');
    // Built here so that no token-shaped string is committed anywhere.
    const tokens = {
      github: `ghp_${'A1b2C3d4E5'.repeat(3)}A1b2C3`,
      aws: `AKIA${'QWERTYUI'.repeat(2)}`,
      slack: `https://hooks.slack.com/services/T0${'1234567'}/B0${'7654321'}/${'x9Y8z7W6v5U4t3S2'.repeat(2)}`,
      gitlab: `glpat-${'Zx8Cv7Bn6Mq5Wr4Te3Yu'}`,
    };
    mkdirSync(path.join(cwd, 'src'));
    writeFileSync(
      path.join(cwd, 'src', 'config.ts'),
      [
        `export const name = 'demo';`,
        `const gh = '${tokens.github}';`,
        '',
        `aws_access_key_id = "${tokens.aws}"`,
        `const hook = "${tokens.slack}";`,
        `const allowed = '${tokens.gitlab}'; // gitleaks:allow`,
        '',
      ].join('\n'),
    );
    gitTrack(cwd);
    const result = await runAction(action, {
      cwd,
      inputs: { 'osv-db': 'npm-app/package.json', 'fail-on-severity': 'none', 'upload-sarif': false },
      secrets: Object.values(tokens),
    }).catch((e) => e);
    // osv-db above names a file that is no OSV record: one clear error, nothing else ran.
    assert.equal(result.exitCode, 1);
    assert.equal(result.errors.length, 1);
    assert.match(result.errors[0], /Input 'osv-db': npm-app\/package\.json is not an OSV record/);
    const scan = await runAction(action, {
      cwd,
      inputs: { 'osv-url': osv.url, 'fail-on-severity': 'none', 'upload-sarif': false },
      secrets: Object.values(tokens),
    });
    assert.equal(scan.exitCode, 1);
    assert.deepEqual(scan.leaks, []);
    for (const t of Object.values(tokens)) assert.ok(!scan.stdout.includes(t) && !scan.summary.includes(t));
    const saved = await readSbomScanResult(path.join(cwd, scan.outputs['result-json'] as string));
    assert.deepEqual(saved.secrets.findings, [
      { rule: 'github-pat', file: 'src/config.ts', line: 2 },
      { rule: 'aws-access-token', file: 'src/config.ts', line: 4 },
      { rule: 'slack-webhook-url', file: 'src/config.ts', line: 5 },
    ]);
    assert.match(scan.errors[0] as string, /3 hardcoded secrets \(github-pat at src\/config\.ts:2/);
  });

  it('judges licences: allow list satisfied by a dual licence, a denied one, unknown ones failing', async () => {
    const cwd = workspace('lockfiles/npm-app');
    const result = await runAction(action, {
      cwd,
      inputs: {
        'osv-db': '',
        'osv-url': osv.url,
        'fail-on-severity': 'none',
        'allow-licenses': 'MIT, ISC',
        'deny-licenses': 'BSD-3-Clause',
        'unknown-licenses': 'fail',
        'upload-sarif': false,
        secrets: false,
      },
    });
    const saved = await readSbomScanResult(path.join(cwd, result.outputs['result-json'] as string));
    const reasons = new Map(saved.licenses.violations.map((v) => [v.package, v.reason]));
    assert.equal(reasons.get('qs'), 'denied');
    assert.equal(reasons.get('lodash'), undefined);
    assert.equal(saved.licenses.counts.MIT !== undefined, true);
    assert.equal(result.exitCode, 1);
    assert.match(result.summary, /pie title Licences/);
  });

  for (const [name, inputs, message] of [
    [
      'an unknown severity',
      { 'fail-on-severity': 'severe' },
      /Input 'fail-on-severity' has 'severe': expected one of critical, high, medium, low, none/,
    ],
    ['a bad SPDX expression', { 'allow-licenses': 'MIT OR' }, /Input 'allow-licenses' has 'MIT OR': expected SPDX licence expressions/],
    ['no lockfile', { path: 'empty' }, /Input 'path': no lockfile found under empty/],
    ['an unreachable OSV URL', { 'osv-url': 'http://127.0.0.1:9' }, /Input 'osv-url': cannot reach the OSV API at http:\/\/127\.0\.0\.1:9/],
  ] as const) {
    it(`gives one clear error for ${name}`, async () => {
      const cwd = workspace('lockfiles/npm-app');
      mkdirSync(path.join(cwd, 'empty'));
      const result = await runAction(action, { cwd, inputs: { 'upload-sarif': false, secrets: false, ...inputs } });
      assert.equal(result.exitCode, 1);
      assert.equal(result.errors.length, 1, result.errors.join('\n'));
      assert.match(result.errors[0] as string, message);
      assert.doesNotMatch(result.stdout, /a bug in this action|\n\s+at /);
    });
  }

  it('reports a broken lockfile with its line', async () => {
    const cwd = workspace('lockfiles/python-requirements');
    writeFileSync(path.join(cwd, 'python-requirements', 'requirements.txt'), 'requests==2.19.1\n!!broken\n');
    const result = await runAction(action, { cwd, inputs: { 'upload-sarif': false, secrets: false, 'osv-url': osv.url } });
    assert.equal(result.exitCode, 1);
    assert.deepEqual(result.errors.length, 1);
    assert.match(result.errors[0] as string, /Lockfile python-requirements\/requirements\.txt cannot be read at line 2/);
    assert.doesNotMatch(result.stdout, /a bug in this action|\n\s+at /);
  });
});
