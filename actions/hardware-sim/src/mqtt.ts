import { appendFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { ConfigurationError, errorMessage, inputError } from '@archway/kit';
import { parsePattern, type TextPattern } from '@archway/kit/console-watch';
import type { MqttClient } from 'mqtt';
import { renderTemplate } from './device.ts';
import { outage } from './faults.ts';

export interface BridgeSpec {
  publish?: { match: string; topic: string; retain?: boolean }[];
  subscribe?: { topic: string; newline?: string }[];
}

export interface MqttMessage {
  seconds: number;
  topic: string;
  payload: string;
}

/** Whether a topic matches an MQTT filter (+ one level, # the rest). */
export function topicMatches(filter: string, topic: string): boolean {
  const f = filter.split('/');
  const t = topic.split('/');
  for (let i = 0; i < f.length; i++) {
    if (f[i] === '#') return true;
    if (i >= t.length || (f[i] !== '+' && f[i] !== t[i])) return false;
  }
  return f.length === t.length;
}

/** Telemetry from a line: the named captures, or every key=value pair; numbers stay numbers. */
export function telemetryFields(line: string, pattern?: TextPattern): Record<string, string | number> | undefined {
  const number = (v: string) => (/^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v);
  if (pattern) {
    const found = pattern.find(line, 0);
    if (!found) return undefined;
    const named = Object.entries(found.named);
    return named.length > 0 ? Object.fromEntries(named.map(([k, v]) => [k, number(v)])) : { line };
  }
  const pairs = [...line.matchAll(/([A-Za-z_][\w.-]*)=(-?\d+(?:\.\d+)?|"[^"]*"|\S+)/g)];
  if (pairs.length === 0) return undefined;
  return Object.fromEntries(pairs.map(([, k, v]) => [k as string, number((v as string).replace(/^"|"$/g, ''))]));
}

/** The embedded broker (aedes) on 127.0.0.1, restartable on the same port for the broker-restart fault. */
class EmbeddedBroker {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  port = 0;
  private broker: { handle: (socket: net.Socket) => unknown; close: (cb?: () => void) => void } | undefined;

  async start(): Promise<void> {
    if (!this.broker) {
      const { Aedes } = await import('aedes');
      this.broker = (await Aedes.createBroker()) as unknown as EmbeddedBroker['broker'];
    }
    const broker = this.broker as NonNullable<EmbeddedBroker['broker']>;
    const server = net.createServer((socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      broker.handle(socket);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  /** Stop listening and cut every connection, as a broker process that went down would. */
  async pause(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  async stop(): Promise<void> {
    await this.pause();
    await new Promise<void>((resolve) => (this.broker ? this.broker.close(() => resolve()) : resolve()));
  }
}

/**
 * The MQTT side of a run: a broker (embedded, or the user's at a URL), one client that both watches every
 * topic (for the log, expect-mqtt and the summary) and carries the bridge: serial lines matching a publish
 * rule go out as JSON, messages on a subscribed topic go into the serial port.
 */
export class MqttSession {
  readonly messages: MqttMessage[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly timers: NodeJS.Timeout[] = [];
  private publishRules: { pattern?: TextPattern; topic: string; retain: boolean }[] = [];
  published = 0;

  private constructor(
    readonly url: string,
    private readonly client: MqttClient,
    logFile: string,
    startedAt: number,
    private readonly broker?: EmbeddedBroker,
  ) {
    writeFileSync(logFile, '');
    client.on('message', (topic, payload) => {
      const message = { seconds: (performance.now() - startedAt) / 1000, topic, payload: payload.toString('utf8') };
      this.messages.push(message);
      appendFileSync(logFile, `${message.seconds.toFixed(3)} ${topic} ${message.payload}\n`);
      for (const rule of this.subscribeRules) {
        if (topicMatches(rule.filter, topic)) this.toSerial?.(Buffer.concat([payload, Buffer.from(rule.newline)]));
      }
      for (const wake of [...this.waiters]) wake();
    });
  }

  static async open(
    setting: string,
    logFile: string,
    startedAt: number,
    restart?: { after: string | number; for?: string | number },
  ): Promise<MqttSession> {
    const { connectAsync } = await import('mqtt');
    let broker: EmbeddedBroker | undefined;
    let url = setting;
    if (setting === 'embedded') {
      broker = new EmbeddedBroker();
      await broker.start();
      url = `mqtt://127.0.0.1:${broker.port}`;
    } else if (!/^(mqtts?|wss?):\/\/[^/\s]+/.test(setting)) {
      throw inputError('mqtt', setting, 'expected none, embedded, or a broker URL such as mqtt://127.0.0.1:1883');
    }
    let client: MqttClient;
    try {
      client = await connectAsync(url, { connectTimeout: 5000, reconnectPeriod: 0, clientId: `hardware-sim-${process.pid}-${Date.now()}` });
    } catch (error) {
      await broker?.stop();
      throw inputError('mqtt', setting, `the broker could not be reached (${errorMessage(error)})`);
    }
    // Reconnect only once connected: a broker that was never there is the user's mistake, one that restarts is a fault to ride out.
    client.options.reconnectPeriod = 250;
    // Subscriptions are restored after a reconnect (resubscribe is on by default).
    await client.subscribeAsync('#');
    const session = new MqttSession(url, client, logFile, startedAt, broker);
    const restartAt = outage(restart);
    if (restartAt) {
      if (!broker)
        throw new ConfigurationError(
          "Input 'faults' has broker-restart: only the embedded broker (mqtt: embedded) can be restarted by the action",
        );
      session.timers.push(
        setTimeout(async () => {
          await broker.pause();
          session.brokerRestarts++;
          session.timers.push(setTimeout(() => void broker.start(), restartAt.forMs));
        }, restartAt.afterMs),
      );
    }
    return session;
  }

  brokerRestarts = 0;

  /** Set the bridge for a board: a publish rule per pattern, subscriptions whose messages go to the serial port. */
  bridge(spec: BridgeSpec | undefined, board: string, toSerial: (data: Buffer) => void): void {
    const publish = spec?.publish ?? [{ match: '', topic: `hardware-sim/${board}/telemetry` }];
    this.publishRules = publish.map((rule) => ({
      pattern: rule.match ? parsePattern(rule.match, 'mqtt-bridge') : undefined,
      topic: rule.topic,
      retain: rule.retain ?? false,
    }));
    const subscribe = spec?.subscribe ?? [{ topic: `hardware-sim/${board}/command` }];
    this.subscribeRules = subscribe.map((rule) => ({ filter: renderTemplate(rule.topic, { board }), newline: rule.newline ?? '\n' }));
    this.toSerial = toSerial;
    this.board = board;
  }

  private subscribeRules: { filter: string; newline: string }[] = [];
  private toSerial: ((data: Buffer) => void) | undefined;
  private board = '';

  /** A serial line: published as JSON by the first rule that matches it. */
  serialLine(line: string): void {
    for (const rule of this.publishRules) {
      const fields = telemetryFields(line, rule.pattern);
      if (!fields) continue;
      const topic = renderTemplate(rule.topic, {
        board: this.board,
        ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)])),
      });
      this.client.publish(topic, JSON.stringify(fields), { retain: rule.retain });
      this.published++;
      return;
    }
  }

  async publish(topic: string, payload: string, retain: boolean): Promise<void> {
    await this.client.publishAsync(topic, payload, { retain });
  }

  /** The first message from index `from` on whose topic matches the filter and whose payload matches. */
  waitFor(
    filter: string,
    payload: TextPattern | undefined,
    from: number,
    timeoutMs: number,
  ): Promise<{ index: number; message: MqttMessage } | undefined> {
    return new Promise((resolve) => {
      let scanned = from;
      const check = () => {
        for (; scanned < this.messages.length; scanned++) {
          const message = this.messages[scanned] as MqttMessage;
          if (topicMatches(filter, message.topic) && (!payload || payload.test(message.payload))) {
            finish({ index: scanned, message });
            return;
          }
        }
      };
      const timer = setTimeout(() => finish(undefined), timeoutMs);
      const finish = (result: { index: number; message: MqttMessage } | undefined) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(result);
      };
      this.waiters.add(check);
      check();
    });
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    await this.client.endAsync(true).catch(() => undefined);
    await this.broker?.stop();
  }
}
