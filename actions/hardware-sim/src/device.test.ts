import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderTemplate, VirtualDevice } from './device.ts';
import { compileProfile, loadProfile, type ProfileDocument } from './profile.ts';

/** Drive a device engine directly and collect what it sends, line by line. */
function harness(device: (send: (d: Buffer) => void) => VirtualDevice) {
  let text = '';
  const engine = device((d) => {
    text += d.toString('utf8');
  });
  const until = async (pattern: RegExp, ms = 3000) => {
    const end = Date.now() + ms;
    while (!pattern.test(text)) {
      if (Date.now() > end) throw new Error(`not seen: ${pattern} in ${JSON.stringify(text)}`);
      await new Promise((r) => setTimeout(r, 2));
    }
  };
  return { engine, until, text: () => text, clear: () => (text = '') };
}

describe('virtual device engine', () => {
  it('the esp32 profile: banner, AT commands with captures and state, unknown-reply', async () => {
    const profile = await loadProfile('esp32');
    const h = harness((send) => new VirtualDevice(profile, send));
    h.engine.start();
    await h.until(/cpu_start: Starting scheduler on PRO CPU\.\r\nready\r\n$/);
    h.clear();
    h.engine.receive(Buffer.from('AT+CWJAP?\r\n'));
    await h.until(/No AP\r\n\r\nOK\r\n$/);
    h.engine.receive(Buffer.from('AT+CWJAP="lab-net","secret"\r\n'));
    await h.until(/WIFI GOT IP\r\n\r\nOK\r\n$/);
    h.clear();
    h.engine.receive(Buffer.from('AT+CWJAP?\r\nAT+CIPSEND=12\r\nAT+SENDS?\r\nAT+BOGUS\r\n'));
    await h.until(/\+SENDS:1\r\n\r\nOK\r\nERROR\r\n$/);
    assert.match(h.text(), /^\+CWJAP:"lab-net"/);
    assert.match(h.text(), /Recv 12 bytes\r\n\r\nSEND OK/);
    h.engine.stop();
  });

  it('telemetry is the same for the same seed, and changes with it', async () => {
    const document = (seed: number): ProfileDocument => ({
      name: 't',
      newline: '\n',
      baud: 0,
      echo: false,
      seed,
      rules: [],
      telemetry: [
        {
          every: '10ms',
          line: 'v={{v}} n={{n}}',
          values: { v: { 'random-walk': { start: 10, step: 1, min: 0, max: 20 }, decimals: 2 }, n: { ramp: { from: 0, to: 2, step: 1 } } },
        },
      ],
    });
    const run = async (seed: number) => {
      const h = harness((send) => new VirtualDevice(compileProfile(document(seed), 'test', 'test'), send));
      h.engine.start();
      await h.until(/(v=.*\n){6}/);
      h.engine.stop();
      return h.text().split('\n').slice(0, 6);
    };
    const a = await run(7);
    assert.deepEqual(await run(7), a);
    assert.notDeepEqual(await run(8), a);
    assert.deepEqual(
      a.map((l) => l.split(' n=')[1]),
      ['0', '1', '2', '0', '1', '2'],
    );
    assert.equal(a[0], 'v=10.00 n=0');
  });

  it('paces output at the baud rate: 1,200 bytes at 9600 baud take about 1.25 s, not 0', async () => {
    const profile = compileProfile(
      { name: 'slow', newline: '\n', baud: 9600, echo: false, banner: 'x'.repeat(1199), rules: [], telemetry: [] },
      't',
      't',
    );
    const start = performance.now();
    const h = harness((send) => new VirtualDevice(profile, send));
    h.engine.start();
    await h.until(/x{1199}\n/, 5000);
    const ms = performance.now() - start;
    assert.ok(ms > 1000, `took ${ms} ms`);
  });

  it('templates leave unknown names as written', () => {
    assert.equal(renderTemplate('{{a}}-{{ b }}-{{c}}', { a: 1, b: 'x' }), '1-x-{{c}}');
  });

  it('a profile with an unknown key or a bad regex is one clear error', async () => {
    const { parseYaml, validate } = await import('@archway/kit/structured');
    const schema = (await import('./profile.schema.json', { with: { type: 'json' } })).default;
    await assert.rejects(validate(await parseYaml('name: x\nrulez: []\n', 'p'), schema, "Input 'profile'"), /unknown key 'rulez'/);
    assert.throws(
      () =>
        compileProfile(
          { name: 'x', newline: '\n', baud: 0, echo: false, rules: [{ match: '/(/' }], telemetry: [] },
          "Input 'profile' (file p.yml)",
          'p.yml',
        ),
      /Input 'profile' \(file p\.yml\) rules\[0\]\.match: '\/\(\/': not a valid regular expression/,
    );
  });
});
