import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parsePattern } from '@archway/kit/console-watch';
import { MqttSession, telemetryFields, topicMatches } from './mqtt.ts';

describe('MQTT bridge', () => {
  it('matches topic filters as brokers do', () => {
    assert.ok(topicMatches('a/+/c', 'a/b/c'));
    assert.ok(topicMatches('a/#', 'a/b/c'));
    assert.ok(topicMatches('#', 'a'));
    assert.ok(!topicMatches('a/+', 'a/b/c'));
    assert.ok(!topicMatches('a/b/c', 'a/b'));
  });

  it('turns a serial line into JSON fields: named captures, else key=value pairs', () => {
    assert.deepEqual(telemetryFields('sensor: temp=22.5 humidity=41.0 rssi=-58 id=esp-01'), {
      temp: 22.5,
      humidity: 41,
      rssi: -58,
      id: 'esp-01',
    });
    assert.deepEqual(telemetryFields('T 21.25 C', parsePattern('/^T (?<celsius>[\\d.]+) C$/', 'x')), { celsius: 21.25 });
    assert.equal(telemetryFields('no pairs here'), undefined);
  });

  it('the embedded broker carries a bridged line to a subscriber and a message back to the serial port', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mqtt-'));
    const session = await MqttSession.open('embedded', path.join(dir, 'mqtt.log'), performance.now());
    const toSerial: string[] = [];
    session.bridge(undefined, 'esp32', (d) => toSerial.push(d.toString()));
    session.serialLine('sensor: temp=22.5');
    const got = await session.waitFor('hardware-sim/esp32/telemetry', undefined, 0, 3000);
    assert.equal(got?.message.payload, '{"temp":22.5}');
    await session.publish('hardware-sim/esp32/command', 'AT+RST', false);
    await session.waitFor('hardware-sim/esp32/command', undefined, 0, 3000);
    assert.deepEqual(toSerial, ['AT+RST\n']);
    assert.equal(await session.waitFor('nothing/here', undefined, 0, 100), undefined);
    await session.close();
    assert.match(readFileSync(path.join(dir, 'mqtt.log'), 'utf8'), /^\d+\.\d{3} hardware-sim\/esp32\/telemetry \{"temp":22\.5\}\n/);
  });

  it('an unreachable broker URL is the input named with the reason', async () => {
    await assert.rejects(
      MqttSession.open('mqtt://127.0.0.1:1', path.join(os.tmpdir(), 'x.log'), 0),
      /^ConfigurationError: Input 'mqtt' has 'mqtt:\/\/127\.0\.0\.1:1': the broker could not be reached \(.*ECONNREFUSED/,
    );
    await assert.rejects(MqttSession.open('broker.local', path.join(os.tmpdir(), 'x.log'), 0), /expected none, embedded, or a broker URL/);
  });
});
