import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { leftovers, python, sim, steps, workspace } from '../fixtures/firmware/hardware-sim.ts';

// A virtual ESP32 on a PTY pair: a host program written in Python with pyserial (Debian's python3-serial)
// opens the `device` path as it would /dev/ttyUSB0, talks AT commands, reads telemetry, and its exit code
// is the verdict the action reports. Then the same link with seeded byte faults.
const hostProgram = String.raw`
import os, sys, time
import serial

expected_ip = sys.argv[1] if len(sys.argv) > 1 else "192.168.4.2"
port = serial.Serial(os.environ["HARDWARE_SIM_DEVICE"], 115200, timeout=0.5)
telemetry = []

def ask(command):
    port.write(command.encode() + b"\r\n")
    lines = []
    deadline = time.time() + 5
    while time.time() < deadline:
        line = port.readline().decode(errors="replace").strip()
        if not line:
            continue
        if line.startswith("sensor:"):
            telemetry.append(line)
            continue
        lines.append(line)
        if line in ("OK", "ERROR", "FAIL", "SEND OK"):
            return lines
    sys.exit("no final reply to %s (got %r)" % (command, lines))

# The banner may still be arriving when the port opens: only the final reply counts.
assert ask("AT")[-1] == "OK", "AT"
joined = ask('AT+CWJAP="lab","secret"')
assert "WIFI GOT IP" in joined, joined
ip = [l for l in ask("AT+CIFSR") if l.startswith("+CIFSR:STAIP")][0]
print("device ip line:", ip, flush=True)
if '"%s"' % expected_ip not in ip:
    print("expected ip %s, the device says %s" % (expected_ip, ip), flush=True)
    sys.exit(3)
deadline = time.time() + 5
while not telemetry and time.time() < deadline:
    line = port.readline().decode(errors="replace").strip()
    if line.startswith("sensor:"):
        telemetry.append(line)
assert telemetry, "no telemetry within 5 s"
print("telemetry:", telemetry[0], flush=True)
print("host program: all checks passed", flush=True)
`;

// No telemetry: the bytes on the line depend only on the requests, so a seed picks the same bytes every run.
const echoProfile = `
name: counter
baud: 0
rules:
  - match: '/^get (?<n>\\d+)$/'
    reply: "value {{n}} is fine"
`;

const faultProbe = String.raw`
import os, serial
# A generous timeout: on a busy machine a late reply must not pass for a damaged one.
port = serial.Serial(os.environ["HARDWARE_SIM_DEVICE"], 115200, timeout=1.0)
damaged = []
for n in range(40):
    port.write(b"get %d\r\n" % n)
    line = port.readline().decode(errors="replace").strip()
    if line != "value %d is fine" % n:
        damaged.append(n)
        port.reset_input_buffer()
print("damaged replies: %s" % ",".join(map(str, damaged)), flush=True)
`;

const hostLines = (stdout: string, marker: string) =>
  stdout
    .split('\n')
    .filter((l) => l.includes(marker))
    .map((l) => l.slice(l.indexOf(marker)));

// Pulled cable: the port goes away under the host program and comes back at the same path; a program with
// retry logic reopens it and talks to the rebooted device.
const reconnecting = String.raw`
import os, sys, time
import serial

path = os.environ["HARDWARE_SIM_DEVICE"]
def open_port():
    deadline = time.time() + 10
    while True:
        try:
            return serial.Serial(path, 115200, timeout=0.3)
        except (serial.SerialException, OSError):
            if time.time() > deadline:
                sys.exit("the port did not come back")
            time.sleep(0.05)

port = open_port()
answered, lost, n = 0, False, 0
deadline = time.time() + 15
while time.time() < deadline:
    n += 1
    try:
        port.write(b"get %d\r\n" % n)
        line = port.readline().decode(errors="replace").strip()
        if line == "value %d is fine" % n:
            answered += 1
            if lost:
                print("answered again after reconnecting: " + line, flush=True)
                sys.exit(0)
    except (serial.SerialException, OSError) as error:
        if not lost:
            print("lost the port after %d answers: %s" % (answered, type(error).__name__), flush=True)
        lost = True
        try:
            port.close()
        except Exception:
            pass
        time.sleep(0.1)
        port = open_port()
    time.sleep(0.05)
sys.exit("no disconnect seen (%d answers, lost=%s)" % (answered, lost))
`;

describe('hardware-sim drives host programs against virtual devices', () => {
  it('esp32: the host program opens the device, exchanges AT commands and reads telemetry; exit 0 passes', async () => {
    const dir = workspace('esp32-pass', { 'host.py': hostProgram });
    const result = await sim(dir, {
      board: 'esp32',
      scenario: `steps:\n  - wait-serial: ready\n  - name: host program\n    run: [${python}, host.py]\n    timeout: 30s\n`,
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs.result, 'passed');
    assert.match(result.outputs.device ?? '', /\/ttyV0$/);
    assert.deepEqual(
      steps(result).map((s) => [s.kind, s.status]),
      [
        ['wait-serial', 'passed'],
        ['run', 'passed'],
      ],
    );
    assert.match(steps(result)[1]?.message ?? '', /exited with status 0: host program: all checks passed/);
    assert.match(result.stdout, /device ip line: \+CIFSR:STAIP,"192\.168\.4\.2"/);
    assert.match(result.stdout, /telemetry: sensor: temp=\d+\.\d humidity=\d+\.\d rssi=-\d+/);
    // What the device said is in the serial log, as a wait-serial sees it.
    assert.match(readFileSync(result.outputs['serial-log'] ?? '', 'utf8'), /ESP-IDF v5\.1\.2 2nd stage bootloader/);
    assert.deepEqual(leftovers(result), []);
  });

  it('esp32: a host program that finds the device wrong exits non-zero, and that is the verdict', async () => {
    const dir = workspace('esp32-fail', { 'host.py': hostProgram });
    const result = await sim(dir, { board: 'esp32', run: `${python} host.py 10.0.0.9` });
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs.result, 'failed');
    assert.equal(result.errors.length, 1, result.errors.join('\n'));
    assert.match(
      result.errors[0] ?? '',
      /python3 exited with status 3: .*expected ip 10\.0\.0\.9, the device says \+CIFSR:STAIP,"192\.168\.4\.2"/,
    );
    assert.doesNotMatch(result.stdout + result.stderr, /\n\s+at .*\.js:\d+/);
    assert.match(readFileSync(result.outputs.junit ?? '', 'utf8'), /<failure message="[^"]*status 3/);
    assert.deepEqual(leftovers(result), []);
  });

  it('dropped bytes, seeded: the host program sees damaged replies, the same ones for the same seed', async () => {
    const dir = workspace('faults', { 'probe.py': faultProbe, 'counter.yml': echoProfile });
    const run = (seed: number) =>
      sim(dir, { board: 'virtual', profile: 'counter.yml', run: `${python} probe.py`, faults: `seed: ${seed}\ndrop: 0.01\n` });
    const first = await run(7);
    assert.equal(first.exitCode, 0, first.stdout);
    const seen = hostLines(first.stdout, 'damaged replies:');
    assert.equal(seen.length, 1, first.stdout);
    const damaged = (seen[0] ?? '').replace('damaged replies: ', '').split(',').filter(Boolean);
    assert.ok(damaged.length >= 2 && damaged.length < 30, `damaged: ${damaged.join(',')}`);
    const dropped = Number(/Faults injected: (\d+) bytes dropped, 0 corrupted, 0 delays, 0 disconnects/.exec(first.summary)?.[1]);
    assert.ok(dropped >= damaged.length, first.summary);

    const again = await run(7);
    assert.deepEqual(hostLines(again.stdout, 'damaged replies:'), seen);
    const other = await run(8);
    assert.notDeepEqual(hostLines(other.stdout, 'damaged replies:'), seen);
    for (const r of [first, again, other]) assert.deepEqual(leftovers(r), []);
  });

  it('without faults the same probe sees every reply intact', async () => {
    const dir = workspace('nofaults', { 'probe.py': faultProbe, 'counter.yml': echoProfile });
    const result = await sim(dir, { board: 'virtual', profile: 'counter.yml', run: `${python} probe.py` });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(hostLines(result.stdout, 'damaged replies:'), ['damaged replies: ']);
  });

  it('a disconnect: the host program loses the port, reopens it when it comes back, and is answered again', async () => {
    const dir = workspace('disconnect', { 'reconnect.py': reconnecting, 'counter.yml': echoProfile });
    const result = await sim(dir, {
      board: 'virtual',
      profile: 'counter.yml',
      run: `${python} reconnect.py`,
      faults: 'disconnect: { after: 1500ms, for: 1s }',
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.match(result.stdout, /lost the port after \d+ answers/);
    assert.match(result.stdout, /answered again after reconnecting: value \d+ is fine/);
    const answers = Number(/lost the port after (\d+) answers/.exec(result.stdout)?.[1]);
    assert.ok(answers >= 3, `${answers} answers before the disconnect at 1.5 s`);
    assert.match(result.summary, /Faults injected: 0 bytes dropped, 0 corrupted, 0 delays, 1 disconnects/);
    assert.deepEqual(leftovers(result), []);
  });
});
