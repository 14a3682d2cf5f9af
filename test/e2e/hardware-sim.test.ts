import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { FirmwareTarget } from '../fixtures/firmware/build.ts';
import { firmwareIn, leftovers, sim, steps, workspace } from '../fixtures/firmware/hardware-sim.ts';

// Firmware built from test/fixtures/firmware by Debian's cross compilers really runs under QEMU: it prints
// a banner, answers the commands the scenario writes to its UART, and a crash fails the step with its line.
const scenario = (board: string) => `
name: console on ${board}
version: 1
author: archway
steps:
  - name: banner
    wait-serial: "archway firmware on ${board}"
  - wait-serial: "ready>"
  - delay: 100ms
  - write-serial: "ping\\r"
  - wait-serial: pong
  - write-serial: "version\\r"
  - name: version line
    wait-serial: "/version: ${board} 1\\\\.2\\\\.0 build \\\\d+/"
  - write-serial: "echo hello from the host\\r"
  - expect-text: hello from the host
    timeout: 5s
`;

const boards: { board: string; target: FirmwareTarget; title: RegExp }[] = [
  { board: 'stm32vldiscovery', target: 'stm32vldiscovery', title: /STM32F100/ },
  { board: 'mps2-an385', target: 'mps2-an385', title: /AN385/ },
  { board: 'sifive_e', target: 'sifive_e', title: /HiFive1/ },
  { board: 'uno', target: 'uno', title: /ATmega328P/ },
];

describe('hardware-sim runs firmware on emulated boards', () => {
  for (const { board, target, title } of boards) {
    it(`${board}: banner, a command answered on the UART, the scenario passes`, async () => {
      const dir = workspace(board, { 'scenario.yml': scenario(board) });
      const firmware = firmwareIn(dir, target);
      const result = await sim(dir, { board, firmware, scenario: 'scenario.yml', timeout: 60 });
      assert.equal(result.exitCode, 0, result.stdout);
      assert.deepEqual(result.errors, []);
      assert.equal(result.outputs.result, 'passed');
      const done = steps(result);
      assert.equal(done.length, 9);
      assert.ok(
        done.every((s) => s.status === 'passed' && s.board === board),
        JSON.stringify(done),
      );
      assert.match(done[6]?.message ?? '', new RegExp(`version: ${board} 1\\.2\\.0 build 2`));
      const log = readFileSync(result.outputs['serial-log'] ?? '', 'utf8');
      assert.match(log, /pong\r\n/);
      assert.match(log, /hello from the host/);
      // The rerun line starts the same emulator on the same image from the workspace.
      const binary = board === 'uno' ? 'qemu-system-avr' : board === 'sifive_e' ? 'qemu-system-riscv32' : 'qemu-system-arm';
      assert.match(result.outputs.command ?? '', new RegExp(`^${binary} -machine ${board} .*${firmware.replace('.', '\\.')}$`));
      assert.match(result.summary, title);
      const junit = readFileSync(result.outputs.junit ?? '', 'utf8');
      assert.equal(junit.match(/<testcase /g)?.length, 9);
      assert.doesNotMatch(junit, /<failure/);
      assert.deepEqual(leftovers(result), []);
    });
  }

  it('netduinoplus2 takes the same firmware as Intel hex, and the Cortex-M4 build runs', async () => {
    const dir = workspace('hex', { 'scenario.yml': scenario('netduinoplus2') });
    const firmware = firmwareIn(dir, 'netduinoplus2', { ext: 'hex' });
    const result = await sim(dir, { board: 'netduinoplus2', firmware, scenario: 'scenario.yml' });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.result, 'passed');
    assert.match(result.outputs.command ?? '', /-device loader,file=netduinoplus2\.hex$/);
  });

  for (const { board, target, line } of [
    { board: 'mps2-an385', target: 'mps2-an385' as const, line: /\*\*\* HardFault: firmware crashed \*\*\*/ },
    { board: 'stm32vldiscovery', target: 'stm32vldiscovery' as const, line: /\*\*\* HardFault: firmware crashed \*\*\*/ },
    { board: 'uno', target: 'uno' as const, line: /PANIC: assertion failed in sensor task/ },
  ]) {
    it(`${board}: a firmware that crashes after its banner fails the step with that line, well before the timeout`, async () => {
      const dir = workspace(`${board}-fault`, { 'scenario.yml': scenario(board) });
      const firmware = firmwareIn(dir, target, { fault: true });
      const result = await sim(dir, { board, firmware, scenario: 'scenario.yml', timeout: 120 });
      assert.equal(result.exitCode, 1, result.stdout);
      assert.equal(result.outputs.result, 'failed');
      assert.ok(result.durationMs < 30_000, `took ${result.durationMs} ms of a 120 s timeout`);
      assert.equal(result.errors.length, 1, result.errors.join('\n'));
      assert.match(result.errors[0] ?? '', line);
      assert.doesNotMatch(result.stdout + result.stderr, /\n\s+at .*\.js:\d+/);
      const done = steps(result);
      const failed = done.find((s) => s.status === 'failed');
      assert.ok(failed, JSON.stringify(done));
      assert.match(failed.message ?? '', line);
      assert.ok(done.slice(done.indexOf(failed) + 1).every((s) => s.status === 'skipped'));
      assert.match(readFileSync(result.outputs.junit ?? '', 'utf8'), /<failure message="fail pattern [^"]*matched/);
      assert.deepEqual(leftovers(result), []);
    });
  }

  it('rp2040 (Pico) under rp2040js from a UF2: answers on UART0 and drives the LED pin that expect-pin and wait-pin observe', async () => {
    const dir = workspace('rp2040');
    const firmware = firmwareIn(dir, 'rp2040', { ext: 'uf2' });
    const pins = [
      'steps:',
      '  - wait-serial: "ready>"',
      '  - expect-pin: { pin: LED, value: 0 }',
      '  - write-serial: "led on\\r"',
      '  - wait-serial: "led: on"',
      '  - expect-pin: { pin: GP25, value: 1 }',
      '  - write-serial: "blink\\r"',
      '  - wait-pin: { pin: 25, value: 0 }',
      '    timeout: 5s',
      '  - wait-serial: "blink: done"',
    ].join('\n');
    const result = await sim(dir, { board: 'pico', firmware, scenario: pins });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(
      steps(result).map((s) => s.status),
      Array(8).fill('passed'),
    );
    assert.equal(steps(result)[1]?.message, 'pin 25 is 0');
    assert.equal(steps(result)[6]?.message, 'pin 25 became 0');
    assert.equal(result.outputs.command, '', 'an in-process emulator has no command line');

    const wrong = await sim(dir, {
      board: 'rp2040',
      firmware,
      scenario: 'steps:\n  - wait-serial: "ready>"\n  - expect-pin: { pin: LED, value: 1 }\n',
    });
    assert.equal(wrong.exitCode, 1);
    assert.equal(wrong.outputs.result, 'failed');
    assert.equal(wrong.errors.length, 1, wrong.errors.join('\n'));
    assert.match(wrong.errors[0] ?? '', /rp2040: pin 25 is 0, expected 1/);
  });

  it('boards: one scenario on several boards in turn, one report with a JUnit suite and a serial log per board', async () => {
    const dir = workspace('boards', {
      'ping.yml': 'steps:\n  - wait-serial: "ready>"\n  - write-serial: "ping\\r"\n  - wait-serial: pong\n',
    });
    for (const target of ['stm32vldiscovery', 'sifive_e', 'uno'] as const) firmwareIn(dir, target);
    const result = await sim(dir, { boards: 'stm32vldiscovery\nsifive_e\nuno', firmware: '{board}.elf', scenario: 'ping.yml' });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(
      steps(result).map((s) => `${s.board} ${s.status}`),
      ['stm32vldiscovery', 'sifive_e', 'uno'].flatMap((b) => Array(3).fill(`${b} passed`)),
    );
    assert.equal(result.outputs.command?.split('\n').length, 3);
    const junit = readFileSync(result.outputs.junit ?? '', 'utf8');
    assert.equal(junit.match(/<testsuite /g)?.length, 3);
    for (const board of ['sifive_e', 'uno'])
      assert.match(readFileSync(path.join(path.dirname(result.outputs['serial-log'] ?? ''), `${board}.serial.log`), 'utf8'), /pong/);
    const document = JSON.parse(readFileSync(result.outputs['result-file'] ?? '', 'utf8'));
    assert.equal(document.format, 'archway-hardware-sim-result/v1');
    assert.deepEqual(
      document.boards.map((b: { board: string; result: string }) => `${b.board} ${b.result}`),
      ['stm32vldiscovery passed', 'sifive_e passed', 'uno passed'],
    );
    assert.ok(document.boards.every((b: { firstByteMs?: number }) => typeof b.firstByteMs === 'number' && b.firstByteMs > 0));
    assert.deepEqual(leftovers(result), []);
  });

  it('expect-text and fail-text work without a scenario; a panic command written by the scenario fails the run', async () => {
    const dir = workspace('expect');
    const firmware = firmwareIn(dir, 'mps2-an385');
    const passed = await sim(dir, { board: 'an385', firmware, 'expect-text': '/ready> type \\w+/' });
    assert.equal(passed.exitCode, 0, passed.stdout);
    assert.deepEqual(
      steps(passed).map((s) => [s.kind, s.status]),
      [['expect-text', 'passed']],
    );

    const scenarioFile = path.join(dir, 'panic.yml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(scenarioFile, 'steps:\n  - wait-serial: ready>\n  - write-serial: "panic\\r"\n  - wait-serial: never printed\n');
    const failed = await sim(dir, { board: 'mps2-an385', firmware, scenario: 'panic.yml', 'fail-text': 'about to fail', timeout: 90 });
    assert.equal(failed.exitCode, 1);
    assert.equal(failed.outputs.result, 'failed');
    assert.ok(failed.durationMs < 30_000);
    assert.equal(failed.errors.length, 1, failed.errors.join('\n'));
    assert.match(failed.errors[0] ?? '', /about to fail/);
  });
});
