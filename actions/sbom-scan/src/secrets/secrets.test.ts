import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { entropy, looksLikeSecret } from './rules.ts';
import { scanSecrets } from './scan.ts';

// Every token is put together at run time, so no token-shaped string is committed in this file.
const TOKENS = {
  github: `ghp_${'Q7w8E9r0T1'.repeat(3)}y2U3i4`,
  aws: `AKIA${'ZXCVBNM2'.repeat(2)}`,
  gitlab: `glpat-${'Hj4Kl5Mn6Bv7Cx8Zq9Wd'}`,
  slackBot: `xoxb-${'1234567890'}-${'9876543210'}-${'aB3dE5gH7jK9mN1pQ3sT5vW7'}`,
  slackHook: `https://hooks.slack.com/services/T0${'AAAAAAA'}/B0${'BBBBBBB'}/${'k3Lm9Np2Qr8St4Uv'.repeat(2)}`,
  generic: `Zq8Lr2Vx9Nw4${'Kt7Pb3Hs5Jd6'}`,
  key: [
    `-----BEGIN ${'RSA PRIVATE'} KEY-----`,
    'MIIEowIBAAKCAQEA7x'.padEnd(64, 'Qk3'),
    'Lm9Np2Qr8St4Uv5Wx6Yz7Ab8Cd9Ef0Gh1'.repeat(2),
    `-----END ${'RSA PRIVATE'} KEY-----`,
  ].join('\n'),
};

function repo(files: Record<string, string>, track = true): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sbom-secrets-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  if (track) {
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['add', '-A'], { cwd: dir });
  }
  return dir;
}

describe('secrets', () => {
  it('finds a planted token of each kind at its exact file and line, in file and line order, never keeping the value', async () => {
    const dir = repo({
      'src/app.ts': [
        '// config',
        `const gh = '${TOKENS.github}';`,
        `export const aws_access_key_id = "${TOKENS.aws}";`,
        `const gl = "${TOKENS.gitlab}";`,
        '',
        `const bot = '${TOKENS.slackBot}';`,
        `post("${TOKENS.slackHook}");`,
      ].join('\n'),
      'config/settings.py': `DEBUG = False\napi_key = "${TOKENS.generic}"\n`,
      'deploy/id_rsa': `${TOKENS.key}\n`,
    });
    const found = await scanSecrets(dir, dir);
    assert.deepEqual(
      found.map(({ rule, file, line }) => ({ rule, file, line })),
      [
        { rule: 'generic-api-key', file: 'config/settings.py', line: 2 },
        { rule: 'private-key', file: 'deploy/id_rsa', line: 1 },
        { rule: 'github-pat', file: 'src/app.ts', line: 2 },
        { rule: 'aws-access-token', file: 'src/app.ts', line: 3 },
        { rule: 'gitlab-pat', file: 'src/app.ts', line: 4 },
        { rule: 'slack-bot-token', file: 'src/app.ts', line: 6 },
        { rule: 'slack-webhook-url', file: 'src/app.ts', line: 7 },
      ],
    );
    const text = JSON.stringify(found);
    for (const token of Object.values(TOKENS)) for (const part of token.split('\n')) assert.ok(part.length < 20 || !text.includes(part));
    assert.equal(found.find((f) => f.rule === 'github-pat')?.masked, 'ghp_********');
  });

  it('honours gitleaks:allow, .gitleaksignore fingerprints, untracked files and lockfiles', async () => {
    const dir = repo({
      'a.ts': `const one = '${TOKENS.github}'; // gitleaks:allow\nconst two = '${TOKENS.aws}';\nconst three = '${TOKENS.gitlab}';\n`,
      '.gitleaksignore': '# accepted\na.ts:aws-access-token:2\n',
      'package-lock.json': `{"integrity": "${TOKENS.generic}", "api_key": "${TOKENS.generic}"}\n`,
    });
    writeFileSync(path.join(dir, 'untracked.ts'), `const gh = '${TOKENS.github}';\n`);
    const found = await scanSecrets(dir, dir);
    assert.deepEqual(
      found.map(({ rule, file, line }) => `${rule} ${file}:${line}`),
      ['gitlab-pat a.ts:3'],
    );
  });

  it('does not call identifiers, placeholders, expressions or UUIDs secrets', async () => {
    const dir = repo({
      'workflow.yml': [
        `token: ${'$'}{{ secrets.GITHUB_TOKEN }}`,
        'key: node-modules-cache-key-v2',
        'api_key = "<your-api-key-here>"',
        'password = "changeme12345"',
        'auth_token = "550e8400-e29b-41d4-a716-446655440000"',
        'secret_name = "my_service_secret_name"',
        '',
      ].join('\n'),
    });
    assert.deepEqual(await scanSecrets(dir, dir), []);
    assert.ok(entropy('aaaaaaaa') < 1);
    assert.ok(entropy(TOKENS.generic) > 3.5);
    assert.equal(looksLikeSecret('release-notes-file'), false);
    assert.equal(looksLikeSecret(TOKENS.generic), true);
  });

  it('finds nothing in the files this repository`s git tracks', async () => {
    const root = path.resolve(import.meta.dirname, '../../../..');
    const tracked = execFileSync('git', ['ls-files', '-z', '--cached'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
    assert.ok(tracked.length > 100 && tracked.includes('package.json'));
    assert.deepEqual(
      (await scanSecrets(root, root)).map(({ rule, file, line }) => `${rule} ${file}:${line}`),
      [],
    );
  });
});
