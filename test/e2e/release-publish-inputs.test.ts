// release-publish end to end: versions and changelogs of real git histories, archives that come out the
// same byte for byte, what happens to existing releases and assets, and one clear error per bad input.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { runProcess } from '@archway/kit/process';
import { type HistoryStep, makeRepository } from '../fixtures/release-publish/git-history.ts';
import { runAction } from '../harness/run-action.ts';
import { useLocalServices } from '../helpers/services.ts';

const action = path.resolve(import.meta.dirname, '../../actions/release-publish');

const services = useLocalServices();

before(async () => {});

async function checkout(steps: HistoryStep[], files: Record<string, string> = {}): Promise<{ workspace: string; head: string }> {
  const workspace = await makeRepository(steps);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    writeFileSync(path.join(workspace, name), content);
  }
  const head = (await runProcess('git', ['rev-parse', 'HEAD'], { cwd: workspace })).stdout.trim();
  if (!services.github.state.commits.has(head)) services.github.state.commit('main', {}, { sha: head });
  return { workspace, head };
}

function run(
  at: { workspace: string; head: string },
  inputs: Record<string, string | boolean>,
  options: { tag?: string; token?: string; env?: Record<string, string> } = {},
) {
  const ref = options.tag ? { GITHUB_REF: `refs/tags/${options.tag}`, GITHUB_REF_NAME: options.tag, GITHUB_REF_TYPE: 'tag' } : {};
  return runAction(action, {
    cwd: at.workspace,
    inputs: { token: options.token ?? services.github.token, ...inputs },
    env: { ...services.github.env, GITHUB_SHA: at.head, ...ref, ...options.env },
    secrets: [services.github.token, services.github.readOnlyToken],
  });
}

const releaseOf = (tag: string) => services.github.state.releases.find((r) => r.tag_name === tag);

describe('release-publish: versions and changelogs from real histories', () => {
  it('version auto: the first release is 1.0.0, with every commit in its changelog', async () => {
    const result = await run(await checkout([{ message: 'feat: blink the LED' }, { message: 'docs: wiring diagram' }]), {
      version: 'auto',
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.version, '1.0.0');
    assert.equal(result.outputs.tag, 'v1.0.0');
    const body = releaseOf('v1.0.0')?.body ?? '';
    assert.match(body, /### Features\n\n- blink the LED/);
    assert.match(body, /### Documentation\n\n- wiring diagram/);
    assert.match(body, /commits\/v1\.0\.0/, 'no previous tag: the link lists the history');
  });

  it('version auto: a breaking change after v1.2.0 makes 2.0.0 and leads the changelog', async () => {
    const result = await run(
      await checkout([
        { message: 'feat: probe the bus', tag: 'v1.2.0' },
        { message: 'fix: debounce the button (#41)' },
        { message: 'feat(api)!: rename boot_args to cmdline\n\nBREAKING CHANGE: loaders must pass cmdline= now' },
      ]),
      { version: 'auto', 'changelog-file': 'CHANGELOG.md' },
    );
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.version, '2.0.0');
    const changelog = result.outputs.changelog ?? '';
    assert.match(changelog, /^### ⚠ Breaking changes\n\n- \*\*api:\*\* rename boot_args to cmdline: loaders must pass cmdline= now/);
    assert.match(changelog, /### Fixes\n\n- debounce the button \(\[#41\]/);
    assert.doesNotMatch(changelog, /probe the bus/);
    assert.equal(releaseOf('v2.0.0')?.prerelease, false);
  });

  it('a pre-release tag makes a pre-release that is not latest; the full release compares to the last full one', async () => {
    const steps: HistoryStep[] = [
      { message: 'feat: first board', tag: 'v1.2.0' },
      { message: 'feat: second board', tag: 'v1.3.0-rc.1' },
      { message: 'fix: second board resets cleanly' },
    ];
    const rc = await run(await checkout(steps.slice(0, 2)), {}, { tag: 'v1.3.0-rc.1' });
    assert.equal(rc.exitCode, 0, rc.stdout);
    assert.equal(releaseOf('v1.3.0-rc.1')?.prerelease, true);
    assert.equal(releaseOf('v1.3.0-rc.1')?.explicitLatest, false);

    const full = await run(await checkout([...steps, { message: 'chore: tag', tag: 'v1.3.0' }]), {}, { tag: 'v1.3.0' });
    assert.equal(full.exitCode, 0, full.stdout);
    const body = releaseOf('v1.3.0')?.body ?? '';
    assert.match(body, /second board\b/);
    assert.match(body, /second board resets cleanly/);
    assert.match(body, /compare\/v1\.2\.0\.\.\.v1\.3\.0/);
    assert.equal(releaseOf('v1.3.0')?.prerelease, false);
    // make-latest goes by semver order: v2.0.0 (released above) stays the latest.
    const publish = services.github.requests.filter((r) => r.operationId === 'repos/update-release').at(-1)?.body as Record<
      string,
      unknown
    >;
    assert.equal(publish.make_latest, 'false');
    assert.equal(services.github.state.latestRelease()?.tag_name, 'v2.0.0');
  });

  it('version auto with only chores releases nothing and says why', async () => {
    const before = services.github.state.releases.length;
    const result = await run(await checkout([{ message: 'feat: a', tag: 'v3.0.0' }, { message: 'chore: bump tools' }]), {
      version: 'auto',
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.match(result.stdout, /::notice::No release: none of the 1 commit\(s\) since v3\.0\.0/);
    assert.equal(services.github.state.releases.length, before);
  });
});

describe('release-publish: archives are the same bytes on every run', () => {
  for (const archive of ['tar.gz', 'zip']) {
    it(`${archive}: two fresh checkouts give byte-identical archives`, async () => {
      const files = { 'out/fw.elf': 'firmware\n'.repeat(500), 'out/docs/USAGE.md': '# Usage\n', 'out/tools/flash.sh': '#!/bin/sh\n' };
      const digests: string[] = [];
      for (const tag of [`v5.0.${archive === 'zip' ? 1 : 0}`, `v5.1.${archive === 'zip' ? 1 : 0}`]) {
        const at = await checkout([{ message: 'feat: same tree' }], files);
        await runProcess('chmod', ['755', path.join(at.workspace, 'out/tools/flash.sh')]);
        // A different checkout time and umask must not matter.
        await runProcess('touch', ['-d', '2030-01-01', path.join(at.workspace, 'out/fw.elf')]);
        const result = await run(at, {
          version: 'from-tag',
          tag,
          assets: 'out/**',
          archive,
          'archive-name': '{name}-{target}',
          target: 'thumbv7em-none-eabihf',
        });
        assert.equal(result.exitCode, 0, result.stdout);
        const [asset] = JSON.parse(result.outputs.assets ?? '[]').filter((a: { name: string }) => a.name.endsWith(archive)) as {
          sha256: string;
        }[];
        digests.push(asset?.sha256 ?? 'missing');
      }
      assert.equal(digests[0], digests[1]);
    });
  }
});

describe('release-publish: assets already in the release', () => {
  it('a differing asset fails without overwrite and is replaced with it; duplicate drafts are removed', async () => {
    const at = await checkout([{ message: 'feat: x' }], { 'out/app.bin': 'new build\n' });
    const { data: oldest } = await ownerCall('POST', { tag_name: 'v7.0.0', draft: true, name: 'v7.0.0' });
    await ownerCall('POST', { tag_name: 'v7.0.0', draft: true, name: 'v7.0.0' });
    await upload(oldest.id, 'app.bin', 'old build\n');

    const refused = await run(at, { tag: 'v7.0.0', assets: 'out/app.bin' });
    assert.equal(refused.exitCode, 1);
    assert.equal(refused.errors.length, 1, refused.stdout);
    assert.match(refused.errors[0] ?? '', /already has 1 asset\(s\) with other content: app\.bin .*set overwrite: true/);
    assert.equal(services.github.state.releases.filter((r) => r.tag_name === 'v7.0.0').length, 1, 'the duplicate draft is gone');
    assert.equal(releaseOf('v7.0.0')?.id, oldest.id, 'the oldest draft is the one kept');

    const replaced = await run(at, { tag: 'v7.0.0', assets: 'out/app.bin', overwrite: true });
    assert.equal(replaced.exitCode, 0, replaced.stdout);
    assert.equal(replaced.outputs.replaced, '1');
    const asset = services.github.state.assets.find((a) => a.release_id === oldest.id && a.name === 'app.bin');
    assert.equal(asset?.data.toString(), 'new build\n');
    assert.equal(releaseOf('v7.0.0')?.draft, false);
    services.github.assertNoViolations();
  });

  it('an existing tag is never moved', async () => {
    const at = await checkout([{ message: 'feat: y' }], { 'out/y.bin': 'y\n' });
    services.github.state.refs.set('refs/tags/v8.0.0', services.github.env.GITHUB_SHA as string);
    const result = await run(at, { tag: 'v8.0.0', assets: 'out/y.bin' });
    assert.equal(result.exitCode, 0, result.stdout);
    const create = services.github.requests.filter((r) => r.operationId === 'repos/create-release').at(-1)?.body as Record<string, unknown>;
    assert.equal(create.tag_name, 'v8.0.0');
    assert.equal('target_commitish' in create, false);
    assert.equal(services.github.state.refs.get('refs/tags/v8.0.0'), services.github.env.GITHUB_SHA);
  });
});

describe('release-publish: one clear error per bad input', () => {
  const cases: {
    name: string;
    inputs: Record<string, string | boolean>;
    files?: Record<string, string>;
    token?: 'read-only';
    error: RegExp;
  }[] = [
    {
      name: 'a tag that is not semver with version auto',
      inputs: { tag: 'nightly', version: 'auto' },
      error: /^Input 'tag' has 'nightly': with version auto the tag must be a semver tag/,
    },
    {
      name: 'a tag that is not semver with version from-tag',
      inputs: { tag: 'release-candidate' },
      error: /^Input 'tag' has 'release-candidate': expected a semver tag/,
    },
    {
      name: 'a version that is not semver',
      inputs: { tag: 'v1.0.0', version: 'latest' },
      error: /^Input 'version' has 'latest': expected from-tag, auto or a semver version/,
    },
    {
      name: 'globs matching nothing',
      inputs: { tag: 'v1.0.0', assets: 'out/*.bin\nmissing/*.hex' },
      files: { 'out/a.bin': 'a' },
      error: /^Input 'assets' has the pattern 'missing\/\*\.hex', which matches no file .*fail-on-unmatched: false/,
    },
    {
      name: 'two assets with one name',
      inputs: { tag: 'v1.0.0', assets: 'a/fw.bin\nb/fw.bin' },
      files: { 'a/fw.bin': '1', 'b/fw.bin': '2' },
      error: /^Input 'assets' gives two files the asset name 'fw\.bin': a\/fw\.bin and b\/fw\.bin/,
    },
    {
      name: 'a notes file that does not exist',
      inputs: { tag: 'v1.0.0', notes: 'docs/NOTES.md' },
      error: /^Input 'notes' has 'docs\/NOTES\.md': cannot open the notes file: no such file/,
    },
    {
      name: 'a notes file outside the workspace',
      inputs: { tag: 'v1.0.0', notes: '/etc/passwd' },
      error: /^Input 'notes' has '\/etc\/passwd': the path is outside the workspace/,
    },
    {
      name: 'an unknown checksum algorithm',
      inputs: { tag: 'v1.0.0', checksums: 'sha256, crc32' },
      error: /^Input 'checksums' has 'crc32': expected checksum algorithms among sha256, sha512, md5/,
    },
    {
      name: 'a token that may not write',
      inputs: { tag: 'v9.9.9' },
      token: 'read-only',
      error: /^Creating the release v9\.9\.9: the token may not write releases \(403 .*permissions: contents: write/,
    },
    {
      name: 'provenance required without id-token permission',
      inputs: { tag: 'v1.0.0', provenance: 'true' },
      error: /^Input 'provenance' is 'true', but the job has no OIDC token: give it permissions: id-token: write and attestations: write/,
    },
    {
      name: 'strip for a target without its toolchain',
      inputs: { tag: 'v1.0.0', assets: 'out/a.bin', strip: true, target: 'aarch64-unknown-linux-gnu' },
      files: { 'out/a.bin': 'a' },
      error: /^Input 'strip' is true for target 'aarch64-unknown-linux-gnu', but AR_aarch64_unknown_linux_gnu is not set/,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const at = await checkout([{ message: 'feat: z' }], c.files);
      const result = await run(at, c.inputs, { token: c.token === 'read-only' ? services.github.readOnlyToken : undefined });
      assert.equal(result.exitCode, 1, result.stdout);
      assert.equal(result.errors.length, 1, result.stdout);
      assert.match(result.errors[0] ?? '', c.error);
      assert.doesNotMatch(result.stdout, /a bug in this action|\n\s+at /);
      assert.deepEqual(result.leaks, []);
    });
  }
});

async function ownerCall(method: 'POST', body: Record<string, unknown>): Promise<{ data: { id: number } }> {
  const response = await fetch(`${services.github.url}/repos/${services.github.owner}/${services.github.repo}/releases`, {
    method,
    headers: { authorization: `Bearer ${services.github.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(response.status, 201);
  return { data: (await response.json()) as { id: number } };
}

async function upload(releaseId: number, name: string, content: string): Promise<void> {
  const response = await fetch(
    `${services.github.url}/repos/${services.github.owner}/${services.github.repo}/releases/${releaseId}/assets?name=${name}`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${services.github.token}`, 'content-type': 'application/octet-stream' },
      body: content,
    },
  );
  assert.equal(response.status, 201);
}
