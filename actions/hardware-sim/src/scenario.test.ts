import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findBoard } from './boards.ts';
import { checkSteps } from './plan.ts';
import { loadScenario, parseStep } from './scenario.ts';

describe('scenarios', () => {
  it("reads Wokwi's steps and the extra ones", async () => {
    const scenario = await loadScenario(
      [
        'name: demo',
        'version: 1',
        'author: someone',
        'steps:',
        "  - wait-serial: 'ready'",
        '  - write-serial: "ping\\n"',
        '  - delay: 500ms',
        '  - expect-pin: { part-id: pico, pin: GP25, value: 1 }',
        '  - name: answers',
        "    expect-text: '/pong|PONG/'",
        '    timeout: 2s',
        '  - console: { ordered: true, regex: ["^a", "b$"] }',
        '  - run: python3 host.py --port x',
        '  - expect-mqtt: { topic: dev/+/t, payload: \'/"temp":2\\d/\' }',
      ].join('\n'),
    );
    assert.equal(scenario.name, 'demo');
    assert.deepEqual(
      scenario.steps.map((s) => s.kind),
      ['wait-serial', 'write-serial', 'delay', 'expect-pin', 'expect-text', 'console', 'run', 'expect-mqtt'],
    );
    const [, write, delay, pin, text, , run] = scenario.steps;
    assert.equal(write?.kind === 'write-serial' && write.data.toString(), 'ping\n');
    assert.equal(delay?.kind === 'delay' && delay.ms, 500);
    assert.deepEqual(pin?.kind === 'expect-pin' && [pin.pin, pin.value], ['GP25', 1]);
    assert.deepEqual([text?.name, text?.timeoutMs], ['answers', 2000]);
    assert.deepEqual(run?.kind === 'run' && run.argv, ['python3', 'host.py', '--port', 'x']);
  });

  it('one clear error per mistake', async () => {
    assert.throws(
      () => parseStep({ 'wait-serail': 'x' }, 'S'),
      /^ConfigurationError: S: unknown step 'wait-serail'; expected one of wait-serial,/,
    );
    assert.throws(() => parseStep({ delay: 'soon' }, 'S'), /S \(delay\): 'soon' is not a duration/);
    assert.throws(() => parseStep({ 'wait-serial': 'a', 'write-serial': 'b' }, 'S'), /one step per list item; also found write-serial/);
    assert.throws(() => parseStep({ 'expect-text': '/[/' }, 'S'), /S \(expect-text\): '\/\[\/' is not a valid regular expression/);
    await assert.rejects(
      loadScenario('version: 2\nsteps: [{delay: 1s}]\n'),
      /Input 'scenario' is invalid: \/version must be equal to constant/,
    );
    await assert.rejects(loadScenario('steps: [ {delay: 1s\n'), /Input 'scenario' is not valid YAML/);
  });

  it('refuses a step the board cannot do, naming both', async () => {
    const { steps } = await loadScenario('steps:\n  - expect-pin: { part-id: led1, pin: 13, value: 1 }\n');
    assert.throws(
      () => checkSteps(steps, findBoard('uno', 'board'), 'none'),
      /steps\[0\] \(expect-pin\) is not supported on board uno: it observes serial only/,
    );
    checkSteps(steps, findBoard('pico', 'board'), 'none');
    const control = await loadScenario('steps:\n  - set-control: { part-id: btn1, control: pressed, value: 1 }\n');
    assert.throws(() => checkSteps(control.steps, findBoard('pico', 'board'), 'none'), /\(set-control\) is not supported on board rp2040/);
    const mqtt = await loadScenario('steps:\n  - expect-mqtt: { topic: a }\n');
    assert.throws(() => checkSteps(mqtt.steps, findBoard('esp32', 'board'), 'none'), /needs MQTT/);
  });
});
