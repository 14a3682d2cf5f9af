import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { type RunningProcess, startProcess } from '@archway/kit/process';
import { firmwareIn, leftovers, sim, steps, workspace } from '../fixtures/firmware/hardware-sim.ts';

// MQTT around a virtual ESP32: the embedded broker and a real mosquitto the test starts, serial telemetry
// reaching a subscriber (mosquitto_sub), expect-mqtt passing and failing; then inputs that are wrong.
const subscriber = (topic: string) => `[sh, -c, 'exec mosquitto_sub -L "$HARDWARE_SIM_MQTT_URL/${topic}" -C 2 -W 15']`;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const started: RunningProcess[] = [];
after(async () => {
  for (const proc of started) await proc.stop();
});

const noStackTrace = (text: string) => assert.doesNotMatch(text, /\n\s+at .*\.(js|ts):\d+/);

describe('hardware-sim bridges serial telemetry to MQTT', () => {
  it('embedded broker: telemetry reaches a subscriber, expect-mqtt passes, a published command reaches the device', async () => {
    const dir = workspace('mqtt-embedded');
    const result = await sim(dir, {
      board: 'esp32',
      mqtt: 'embedded',
      scenario: [
        'steps:',
        '  - expect-mqtt: { topic: hardware-sim/esp32/telemetry, payload: \'/"temp":\\d+(\\.\\d)?,"humidity":/\' }',
        '    timeout: 5s',
        '  - publish-mqtt: { topic: hardware-sim/esp32/command, payload: AT+GMR }',
        '  - wait-serial: "AT version:3.2.0.0"',
        '    timeout: 5s',
        `  - run: ${subscriber('hardware-sim/esp32/telemetry')}`,
        '    timeout: 20s',
      ].join('\n'),
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.result, 'passed');
    assert.match(result.outputs['mqtt-url'] ?? '', /^mqtt:\/\/127\.0\.0\.1:\d+$/);
    const received = result.stdout.split('\n').filter((l) => l.includes('[sh] {'));
    assert.equal(received.length, 2, result.stdout);
    for (const line of received) {
      const payload = JSON.parse(line.slice(line.indexOf('{')));
      assert.equal(typeof payload.temp, 'number');
      assert.equal(typeof payload.rssi, 'number');
    }
    const log = readFileSync(result.outputs['mqtt-log'] ?? '', 'utf8');
    assert.match(log, /^\d+\.\d{3} hardware-sim\/esp32\/command AT\+GMR$/m);
    assert.match(log, /^\d+\.\d{3} hardware-sim\/esp32\/telemetry \{"temp":/m);
    assert.match(result.summary, /### MQTT \(mqtt:\/\/127\.0\.0\.1:\d+\)/);
    assert.deepEqual(leftovers(result), []);
  });

  it('embedded broker: expect-mqtt fails when no message matches, with one error naming the topic', async () => {
    const dir = workspace('mqtt-fail');
    const result = await sim(dir, {
      board: 'esp32',
      mqtt: 'embedded',
      scenario:
        'steps:\n  - name: hot\n    expect-mqtt: { topic: hardware-sim/esp32/telemetry, payload: \'/"temp":9\\d\\d/\' }\n    timeout: 3s\n',
    });
    assert.equal(result.exitCode, 1, result.stdout);
    assert.equal(result.outputs.result, 'failed');
    assert.equal(result.errors.length, 1, result.errors.join('\n'));
    assert.match(result.errors[0] ?? '', /no message on hardware-sim\/esp32\/telemetry matching \/"temp":9\\d\\d\/ within 3000 ms/);
    assert.ok(result.durationMs < 20_000);
    assert.deepEqual(
      steps(result).map((s) => s.status),
      ['failed'],
    );
    // The messages that did come are in the log: the broker saw telemetry, just none that hot.
    assert.match(readFileSync(result.outputs['mqtt-log'] ?? '', 'utf8'), /hardware-sim\/esp32\/telemetry \{"temp":/);
  });

  it('a real mosquitto: bridge rules publish named captures on templated topics to its subscriber', async () => {
    const dir = workspace('mosquitto');
    const port = await freePort();
    // The broker's files live outside the workspace: it is the test's process, not one the action left.
    const conf = path.join(workspace('mosquitto-conf'), 'mosquitto.conf');
    writeFileSync(conf, `listener ${port} 127.0.0.1\nallow_anonymous true\npersistence false\n`);
    const broker = startProcess('/usr/sbin/mosquitto', ['-c', conf], { killGraceMs: 500 });
    started.push(broker);
    for (let i = 0; i < 100; i++) {
      const up = await new Promise<boolean>((resolve) =>
        net
          .connect(port, '127.0.0.1')
          .once('connect', function (this: net.Socket) {
            this.destroy();
            resolve(true);
          })
          .once('error', () => resolve(false)),
      );
      if (up) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const sub = startProcess('mosquitto_sub', ['-h', '127.0.0.1', '-p', String(port), '-t', 'lab/+/climate', '-v', '-C', '1', '-W', '30']);
    started.push(sub);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const result = await sim(dir, {
      board: 'esp32',
      mqtt: `mqtt://127.0.0.1:${port}`,
      'mqtt-bridge': "publish:\n  - match: '/temp=(?<celsius>[\\d.]+) humidity=(?<rh>[\\d.]+)/'\n    topic: lab/{{board}}/climate\n",
      scenario: 'steps:\n  - expect-mqtt: lab/esp32/climate\n    timeout: 5s\n',
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['mqtt-url'], `mqtt://127.0.0.1:${port}`);
    const got = await sub.exited;
    assert.equal(got.exitCode, 0, got.stderr);
    assert.match(got.stdout, /^lab\/esp32\/climate \{"celsius":\d+(\.\d)?,"rh":\d+(\.\d)?\}$/m);
    assert.deepEqual(leftovers(result), []);
  });
});

describe('hardware-sim refuses bad inputs with one clear error', () => {
  const cases: { what: string; inputs: (dir: string) => Record<string, string | number>; error: RegExp }[] = [
    {
      what: 'an unknown board',
      inputs: () => ({ board: 'esp8266' }),
      error: /^Input 'board' has 'esp8266': unknown board; expected one of .*stm32vldiscovery.*esp32/,
    },
    {
      what: 'an ELF for another core',
      inputs: (dir) => ({ board: 'stm32vldiscovery', firmware: firmwareIn(dir, 'sifive_e'), 'expect-text': 'ready' }),
      error: /^Input 'firmware' has 'sifive_e\.elf': ELF 32-bit .*RISC-V.* cannot run on stm32vldiscovery, which needs an ARM ELF/,
    },
    {
      what: 'a malformed scenario',
      inputs: () => ({ board: 'esp32', scenario: 'steps:\n  - wait-serial: [ready\n' }),
      error: /^Input 'scenario'.*(YAML|flow|unexpected|missing)/i,
    },
    {
      what: 'a scenario step with a typo',
      inputs: () => ({ board: 'esp32', scenario: 'steps:\n  - wait-serail: ready\n' }),
      error: /^Input 'scenario'.* steps\[0\]: unknown step 'wait-serail'; expected one of wait-serial,/,
    },
    {
      what: 'a step the board cannot do',
      inputs: (dir) => ({
        board: 'mps2-an385',
        firmware: firmwareIn(dir, 'mps2-an385'),
        scenario: 'steps:\n  - expect-pin: { pin: 13, value: 1 }\n',
      }),
      error: /^Input 'scenario' steps\[0\] \(expect-pin\) is not supported on board mps2-an385: it observes serial and exit only/,
    },
    {
      what: 'a Wokwi diagram step',
      inputs: (dir) => ({
        board: 'uno',
        firmware: firmwareIn(dir, 'uno'),
        scenario: 'steps:\n  - set-control: { part-id: btn1, control: pressed, value: 1 }\n',
      }),
      error: /^Input 'scenario' steps\[0\] \(set-control\) is not supported on board uno: it drives a part of a Wokwi diagram/,
    },
    {
      what: 'a bad regex',
      inputs: () => ({ board: 'esp32', 'expect-text': '/temp=(\\d+/' }),
      error: /^Input 'expect-text' has '\/temp=\(\\d\+\/': not a valid regular expression/,
    },
    {
      what: 'a malformed profile',
      inputs: (dir) => {
        writeFileSync(path.join(dir, 'bad.yml'), 'name: x\nrules:\n  - match: AT\n    replay: OK\n');
        return { board: 'virtual', profile: 'bad.yml', 'expect-text': 'x' };
      },
      error: /^Input 'profile' \(file bad\.yml\).*replay/,
    },
    {
      what: 'a bad regex in a scenario step',
      inputs: () => ({ board: 'esp32', scenario: "steps:\n  - wait-serial: ready\n  - wait-serial: '/ip=(\\d+/'\n" }),
      error: /^Input 'scenario' steps\[1\] \(wait-serial\): '\/ip=\(\\d\+\/' is not a valid regular expression/,
    },
    {
      what: 'an unreachable broker',
      inputs: () => ({ board: 'esp32', mqtt: 'mqtt://127.0.0.1:1' }),
      error: /^Input 'mqtt' has 'mqtt:\/\/127\.0\.0\.1:1': the broker could not be reached/,
    },
    {
      what: 'a firmware path that is not there',
      inputs: () => ({ board: 'uno', firmware: 'build/missing.elf' }),
      error: /^Input 'firmware' has 'build\/missing\.elf'/,
    },
  ];
  for (const { what, inputs, error } of cases) {
    it(`${what}`, async () => {
      const dir = workspace('bad');
      const result = await sim(dir, inputs(dir));
      assert.equal(result.exitCode, 1, result.stdout);
      assert.equal(result.errors.length, 1, result.errors.join('\n---\n'));
      assert.match(result.errors[0] ?? '', error);
      noStackTrace(result.stdout + result.stderr);
      assert.ok(result.durationMs < 15_000, `${result.durationMs} ms`);
      assert.deepEqual(leftovers(result), []);
    });
  }
});

describe('hardware-sim leaves nothing running', () => {
  const slowProgram = `[${'/usr/bin/python3'}, -c, 'import time; time.sleep(600)']`;
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`${signal} while qemu runs and while a host program holds the device: the step and its post step stop them all`, async () => {
      const dir = workspace(`cancel-${signal}`);
      const firmware = firmwareIn(dir, 'mps2-an385');
      const emulated = await sim(
        dir,
        { board: 'mps2-an385', firmware, scenario: 'steps:\n  - wait-serial: never printed\n', timeout: 300 },
        { cancelAfterMs: 4000, cancelSignal: signal },
      );
      assert.notEqual(emulated.exitCode, 0);
      assert.equal(emulated.post?.exitCode, 0, emulated.post?.stdout);
      assert.deepEqual(leftovers(emulated), []);

      const virtual = await sim(
        dir,
        { board: 'esp32', mqtt: 'embedded', scenario: `steps:\n  - wait-serial: ready\n  - run: ${slowProgram}\n`, timeout: 300 },
        { cancelAfterMs: 4000, cancelSignal: signal },
      );
      assert.notEqual(virtual.exitCode, 0);
      assert.deepEqual(leftovers(virtual), []);
    });
  }

  it('the run timeout ends a wait that never matches: result timeout, the emulator stopped', async () => {
    const dir = workspace('timeout');
    const firmware = firmwareIn(dir, 'sifive_e');
    const result = await sim(dir, { board: 'sifive_e', firmware, scenario: 'steps:\n  - wait-serial: never printed\n', timeout: 4 });
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs.result, 'timeout');
    assert.equal(result.errors.length, 1, result.errors.join('\n'));
    assert.match(result.errors[0] ?? '', /sifive_e: timed out after 4 s/);
    assert.match(result.summary, /archway firmware on sifive_e/, 'the last serial lines are in the summary');
    assert.deepEqual(leftovers(result), []);
  });
});
