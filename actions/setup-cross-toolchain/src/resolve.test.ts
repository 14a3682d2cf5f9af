import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigurationError } from '@archway/kit';
import { closestName, editDistance, parseTargets, resolveTarget } from './resolve.ts';

const rust = (raw: string) => parseTargets(raw).map((t) => t.rust);

describe('targets input', () => {
  it('takes Rust triples, GNU triples, Debian architectures and short names, in any case', () => {
    assert.deepEqual(rust('aarch64-unknown-linux-gnu, riscv64-linux-gnu\nARMV7 thumbv7em-none-eabihf'), [
      'aarch64-unknown-linux-gnu',
      'riscv64gc-unknown-linux-gnu',
      'armv7-unknown-linux-gnueabihf',
      'thumbv7em-none-eabihf',
    ]);
    assert.deepEqual(rust('arm64'), ['aarch64-unknown-linux-gnu']);
    assert.deepEqual(rust('x86_64'), ['x86_64-unknown-linux-gnu']);
    assert.deepEqual(rust('cortex-m4f'), ['thumbv7em-none-eabihf']);
    assert.deepEqual(rust('riscv32imac-unknown-none-elf'), ['riscv32imac-unknown-none-elf']);
  });

  it('takes a JSON array, as toJSON(matrix.targets) gives', () => {
    assert.deepEqual(rust('["aarch64", "armv7"]'), ['aarch64-unknown-linux-gnu', 'armv7-unknown-linux-gnueabihf']);
  });

  it('sets up a target named twice once', () => {
    assert.deepEqual(rust('aarch64, arm64, aarch64-linux-gnu'), ['aarch64-unknown-linux-gnu']);
  });

  it('ignores comment lines and blank items', () => {
    assert.deepEqual(rust('# the boards\naarch64,,\n\n  riscv64  '), ['aarch64-unknown-linux-gnu', 'riscv64gc-unknown-linux-gnu']);
  });

  it('refuses an empty list', () => {
    assert.throws(
      () => parseTargets(' \n '),
      (e: Error) => e instanceof ConfigurationError && /Input 'targets'.*at least one target/.test(e.message),
    );
  });

  it('refuses a malformed list with the input, the value and the expected form', () => {
    assert.throws(
      () => parseTargets('[aarch64, riscv64'),
      (e: Error) =>
        e instanceof ConfigurationError && /^Input 'targets' has '\[aarch64, riscv64': '\[aarch64' is not a target name/.test(e.message),
    );
    assert.throws(() => parseTargets('[1, 2]'), /Input 'targets' has '1': unknown target/);
    assert.deepEqual(
      parseTargets('- aarch64\n- riscv64').map((t) => t.rust),
      parseTargets('["aarch64", "riscv64"]').map((t) => t.rust),
    );
    assert.throws(
      () => parseTargets('aarch64; riscv64'),
      /'aarch64;' is not a target name; expected names separated by commas or new lines/,
    );
    assert.throws(() => parseTargets('targets: aarch64'), /'targets:' is not a target name/);
  });

  it('names the closest supported target for an unknown one and lists what is supported', () => {
    assert.throws(
      () => resolveTarget('aarch64-unknown-linux-musl'),
      (e: Error) =>
        e instanceof ConfigurationError &&
        e.message.startsWith("Input 'targets' has 'aarch64-unknown-linux-musl': unknown target; did you mean aarch64-unknown-linux-gnu?") &&
        e.message.includes('Supported: x86_64-unknown-linux-gnu, i686-unknown-linux-gnu, aarch64-unknown-linux-gnu') &&
        e.message.includes('thumbv7em-none-eabihf'),
    );
    assert.throws(() => resolveTarget('riscv46'), /did you mean riscv64gc-unknown-linux-gnu\?/);
    assert.throws(
      () => resolveTarget('wasm32-unknown-unknown-emscripten-thing'),
      (e: Error) => !e.message.includes('did you mean'),
    );
  });

  it('asks which one when a GNU triple covers several bare-metal targets', () => {
    assert.throws(
      () => resolveTarget('arm-none-eabi'),
      /'arm-none-eabi' names several targets; pick one of thumbv6m-none-eabi, .*thumbv7em-none-eabihf/,
    );
    assert.throws(
      () => resolveTarget('riscv32-unknown-elf'),
      (e: Error) => /riscv32imac-unknown-none-elf/.test(e.message) && !/riscv64imac/.test(e.message),
    );
  });

  it('measures edit distance', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('same', 'same'), 0);
    assert.equal(closestName('aarch46'), 'aarch64-unknown-linux-gnu');
  });
});
