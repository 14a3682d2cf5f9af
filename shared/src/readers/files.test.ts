import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { findUserFiles, readLines, readUserFile, resolveUserPath, writeUserFile } from './files.ts';

let root: string;
let workspace: string;

before(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'archway-files-'));
  workspace = path.join(root, 'workspace');
  mkdirSync(path.join(workspace, 'reports'), { recursive: true });
  mkdirSync(path.join(root, 'temp'));
  writeFileSync(path.join(root, 'secret.txt'), 'TOP-SECRET-CONTENT');
  writeFileSync(path.join(workspace, 'reports', 'a.xml'), '<a/>');
  writeFileSync(path.join(workspace, 'reports', 'b.xml'), '<b/>');
  symlinkSync(path.join(root, 'secret.txt'), path.join(workspace, 'reports', 'escape.xml'));
  symlinkSync(path.join(workspace, 'reports', 'a.xml'), path.join(workspace, 'inside-link.xml'));
  execFileSync('mkfifo', [path.join(workspace, 'pipe.xml')]);
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.RUNNER_TEMP = path.join(root, 'temp');
});
after(() => {
  delete process.env.GITHUB_WORKSPACE;
  delete process.env.RUNNER_TEMP;
});

describe('resolveUserPath and readUserFile', () => {
  it('refuses escapes by .., by an absolute path and by a symlink, naming the input and never the content', async () => {
    for (const value of ['../secret.txt', path.join(root, 'secret.txt'), 'reports/escape.xml']) {
      await assert.rejects(readUserFile('junit', value, { maxBytes: 1000 }), (error: Error) => {
        assert.match(error.message, /^Input 'junit' has '.*': the path is outside the workspace/);
        assert.doesNotMatch(error.message, /TOP-SECRET/);
        return true;
      });
    }
    assert.equal(await readUserFile('junit', 'inside-link.xml', { maxBytes: 1000 }), '<a/>');
    assert.equal(await resolveUserPath('kernel', path.join(root, 'secret.txt'), { allowOutside: true }), path.join(root, 'secret.txt'));
  });

  it('reads only regular files within the size limit: no FIFO, no device, no directory', async () => {
    await assert.rejects(readUserFile('junit', 'pipe.xml', { maxBytes: 1000 }), /the file is a named pipe; expected a regular file/);
    await assert.rejects(readUserFile('junit', '/dev/zero', { maxBytes: 1000, allowOutside: true }), /the file is a device/);
    await assert.rejects(readUserFile('junit', 'reports', { maxBytes: 1000 }), /is a directory/);
    await assert.rejects(
      readUserFile('junit', 'reports/a.xml', { maxBytes: 3, what: 'report' }),
      /the report is 4 bytes, more than the limit of 3 bytes/,
    );
  });

  it('decodes UTF-16 by its byte-order mark', async () => {
    writeFileSync(path.join(workspace, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('héllo', 'utf16le')]));
    assert.equal(await readUserFile('x', 'utf16.txt', { maxBytes: 100 }), 'héllo');
  });
});

describe('findUserFiles', () => {
  it('finds regular files in the workspace and refuses patterns and matches that leave it', async () => {
    assert.deepEqual(await findUserFiles('junit', ['reports/[ab].xml']), [
      path.join(workspace, 'reports/a.xml'),
      path.join(workspace, 'reports/b.xml'),
    ]);
    await assert.rejects(
      findUserFiles('junit', ['../../**']),
      /Input 'junit' has '..\/..\/\*\*': the pattern reaches outside the workspace/,
    );
    await assert.rejects(findUserFiles('junit', ['/etc/*']), /the pattern reaches outside the workspace/);
    await assert.rejects(findUserFiles('junit', ['reports/*.xml']), /escape.xml.*leads outside the workspace through a symlink/);
    await assert.rejects(findUserFiles('junit', ['*.xml']), /pipe.xml.*named pipe/);
  });
});

describe('writeUserFile', () => {
  it('writes under the workspace or RUNNER_TEMP only, never through a symlink', async () => {
    const written = await writeUserFile('history-path', 'out/x.json', '{}');
    assert.equal(readFileSync(written, 'utf8'), '{}');
    await writeUserFile('history-path', path.join(root, 'temp', 'y.json'), '{}');
    await assert.rejects(
      writeUserFile('history-path', '../outside/x.json', '{}'),
      /Input 'history-path' has '..\/outside\/x.json': the path is outside/,
    );
    await assert.rejects(writeUserFile('history-path', 'inside-link.xml', 'x'), /is a symlink/);
    await assert.rejects(writeUserFile('out', '/proc/self/x', 'x'), /the path is outside/);
    assert.equal(readFileSync(path.join(workspace, 'reports/a.xml'), 'utf8'), '<a/>');
  });
});

describe('readLines', () => {
  it('splits lines across chunks and refuses a line over the limit', async () => {
    const lines: string[] = [];
    for await (const line of readLines(Readable.from([Buffer.from('ab\r\ncd'), Buffer.from('ef\n'), Buffer.from('g')]), {
      input: 'x',
      file: 'f',
    })) {
      lines.push(line);
    }
    assert.deepEqual(lines, ['ab', 'cdef', 'g']);
    const long = Readable.from([Buffer.from('ok\n'), Buffer.alloc(600, 97), Buffer.alloc(600, 97)]);
    await assert.rejects(
      (async () => {
        for await (const _ of readLines(long, { input: 'lcov', file: 'big.info', maxLineBytes: 1000 })) void _;
      })(),
      /Input 'lcov': line 2 of big.info is longer than 1000 bytes/,
    );
  });
});
