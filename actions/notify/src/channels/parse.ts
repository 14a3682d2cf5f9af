import { ConfigurationError, type InputSpec, registerSecret } from '@archway/kit';
import type { OnCondition } from '../conditions.ts';
import type { Channel, MailTls } from './channel.ts';
import schemas from './channels.schema.json' with { type: 'json' };

/** A `channels` item in its mapping form, before it is checked. */
type Mapping = Record<string, unknown> & { type?: unknown };

const TYPES = ['slack', 'discord', 'teams', 'email', 'smtp', 'webhook', 'github-status', 'github-comment', 'pushgateway'] as const;
const SCHEMES =
  'slack://, discord://, teams://, smtp://, smtps://, webhook+http(s)://, pushgateway+http(s)://, github-status, github-comment';
const DEFAULT_SLACK_API = 'https://slack.com/api';

/** One compiled schema per type, each able to see the shared definitions. */
const SCHEMA_OF = Object.fromEntries(
  TYPES.map((type) => {
    const def = type === 'smtp' ? 'email' : type;
    return [type, { $defs: schemas.$defs, $ref: `#/$defs/${def}` }];
  }),
) as unknown as Record<(typeof TYPES)[number], Record<string, unknown>>;

/**
 * The `channels` input: a YAML list, or one item per line. Every credential an item holds is masked before
 * anything is checked, so no error about an item can print one; errors name the item by its position and
 * scheme, never by its value.
 */
export function channelsInput(): InputSpec<Channel[]> {
  return {
    kind: 'channels',
    async parse(raw, name) {
      const items = await readItems(raw, name);
      for (const item of items) maskItem(item);
      if (items.length === 0) throw new ConfigurationError(`Input '${name}' is empty: give at least one channel (${SCHEMES})`);
      const channels: Channel[] = [];
      for (const [index, item] of items.entries()) channels.push(await parseItem(item, `Input '${name}' item ${index + 1}`));
      return channels;
    },
  };
}

async function readItems(raw: string, name: string): Promise<unknown[]> {
  const text = raw.trim();
  if (text === '') return [];
  if (/^(- |\[|-\n)/.test(text)) {
    const { parseYaml } = await import('@archway/kit/structured');
    // A YAML error can quote the line it stopped at: keep the message, never the text.
    const value = await parseYaml(text, `Input '${name}'`).catch((error: Error) => {
      throw new ConfigurationError(error.message.replace(/:[^:]*$/, ': not a valid YAML list'));
    });
    if (!Array.isArray(value)) throw new ConfigurationError(`Input '${name}' must be a YAML list or one channel per line`);
    return value;
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

const SECRET_KEYS = new Set(['webhook', 'url', 'token', 'password', 'secret']);

/** Register everything in an item that may be a credential: whole URLs, their paths, user info, tokens. */
function maskItem(item: unknown): void {
  if (typeof item === 'string') {
    maskUrl(item);
    return;
  }
  if (!item || typeof item !== 'object') return;
  for (const [key, value] of Object.entries(item)) {
    if (typeof value !== 'string') continue;
    if (SECRET_KEYS.has(key)) registerSecret(value);
    maskUrl(value);
  }
  const headers = (item as Mapping).headers;
  if (headers && typeof headers === 'object')
    for (const value of Object.values(headers)) if (typeof value === 'string') registerSecret(value);
}

function maskUrl(text: string): void {
  if (!text.includes('://')) return;
  registerSecret(text);
  const inner = text.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^https?:\/\//i, '');
  const beforeQuery = inner.split('?')[0] as string;
  const at = beforeQuery.lastIndexOf('@');
  if (at > 0) {
    const userInfo = beforeQuery.slice(0, at);
    registerSecret(userInfo);
    for (const part of userInfo.split(':')) registerSecret(safeDecode(part));
  }
  const path = inner.search(/[/?]/);
  if (path >= 0 && inner.length - path >= 8) registerSecret(inner.slice(path));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

async function parseItem(item: unknown, label: string): Promise<Channel> {
  const mapping = typeof item === 'string' ? fromUrl(item, label) : item;
  if (!mapping || typeof mapping !== 'object' || Array.isArray(mapping)) {
    throw new ConfigurationError(`${label} must be a channel URL (${SCHEMES}) or a mapping with 'type'`);
  }
  const type = (mapping as Mapping).type;
  if (typeof type !== 'string' || !(TYPES as readonly string[]).includes(type)) {
    throw new ConfigurationError(`${label} has type ${JSON.stringify(type ?? null)}: expected one of ${TYPES.join(', ')}`);
  }
  const { validate } = await import('@archway/kit/structured');
  const checked = await validate<Mapping>(structuredClone(mapping), SCHEMA_OF[type as (typeof TYPES)[number]], `${label} (${type})`, true);
  return build(checked, `${label} (${type})`);
}

/** The URL form of an item, as the mapping it stands for. */
function fromUrl(text: string, label: string): Mapping {
  if (text === 'github-status' || text === 'github-comment') return { type: text };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  const rest = text.slice((scheme?.length ?? 0) + 3);
  switch (scheme) {
    case 'slack': {
      const api = /^(xox[a-z]-[^@]+)@([^?/]+)\/?(\?.*)?$/.exec(rest);
      if (!api) return { type: 'slack', webhook: rest };
      const query = new URLSearchParams(api[3] ?? '');
      return {
        type: 'slack',
        token: safeDecode(api[1] as string),
        channel: safeDecode(api[2] as string),
        ...flag(query, 'update', label),
        ...flag(query, 'thread', label),
        ...(query.get('api-url') ? { 'api-url': query.get('api-url') } : {}),
      };
    }
    case 'discord': {
      // shoutrrr's form: discord://token@webhook-id
      const short = /^([^@/]+)@(\d+)\/?$/.exec(rest);
      return { type: 'discord', webhook: short ? `https://discord.com/api/webhooks/${short[2]}/${short[1]}` : rest };
    }
    case 'teams':
      return { type: 'teams', webhook: rest };
    case 'smtp':
    case 'smtps':
      return mailFromUrl(text, scheme, label);
    case 'webhook+http':
    case 'webhook+https':
      return { type: 'webhook', url: text.slice('webhook+'.length) };
    case 'pushgateway+http':
    case 'pushgateway+https': {
      const url = new URL(text.slice('pushgateway+'.length));
      const labels: Record<string, string> = {};
      let job: string | undefined;
      for (const [key, value] of url.searchParams) {
        if (key === 'job') job = value;
        else if (key.startsWith('label.')) labels[key.slice(6)] = value;
        else throw new ConfigurationError(`${label} (pushgateway) has the query key '${key}': expected job=... or label.<name>=...`);
      }
      url.search = '';
      return { type: 'pushgateway', url: url.href, ...(job ? { job } : {}), labels };
    }
    default:
      throw new ConfigurationError(
        `${label} ${scheme ? `has the unknown scheme '${scheme}://'` : 'is not a channel URL'}: expected one of ${SCHEMES}`,
      );
  }
}

function flag(query: URLSearchParams, key: string, label: string): Record<string, boolean> {
  const value = query.get(key);
  if (value === null) return {};
  if (value !== 'true' && value !== 'false') throw new ConfigurationError(`${label} (slack) has ${key}=${value}: expected true or false`);
  return { [key]: value === 'true' };
}

const STARTTLS_VALUES: Record<string, MailTls> = {
  required: 'starttls',
  true: 'starttls',
  opportunistic: 'opportunistic',
  never: 'none',
  false: 'none',
};

function mailFromUrl(text: string, scheme: 'smtp' | 'smtps', label: string): Mapping {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigurationError(`${label} (${scheme}) is not a valid URL: expected ${scheme}://user:password@host:port?to=...&from=...`);
  }
  const mapping: Mapping = { type: 'email', host: url.hostname.replace(/^\[|\]$/g, '') };
  if (url.port) mapping.port = Number(url.port);
  if (url.username) mapping.user = safeDecode(url.username);
  if (url.password) mapping.password = safeDecode(url.password);
  if (scheme === 'smtps') mapping.tls = 'implicit';
  for (const [key, value] of url.searchParams) {
    if (key === 'to' || key === 'cc')
      mapping[key] = value
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean);
    else if (key === 'from') mapping.from = value;
    else if (key === 'attach')
      mapping.attachments = value
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean);
    else if (key === 'starttls' && scheme === 'smtp') {
      const tls = STARTTLS_VALUES[value];
      if (!tls) throw new ConfigurationError(`${label} (smtp) has starttls=${value}: expected required, opportunistic or never`);
      mapping.tls = tls;
    } else
      throw new ConfigurationError(
        `${label} (${scheme}) has the query key '${key}': expected to, cc, from, attach${scheme === 'smtp' ? ', starttls' : ''}`,
      );
  }
  return mapping;
}

/** A checked mapping as the channel it configures. */
function build(m: Mapping, label: string): Channel {
  const on = m.on as OnCondition | undefined;
  const common = on ? { on } : {};
  switch (m.type) {
    case 'slack':
      if ((m.webhook === undefined) === (m.token === undefined) || (m.token !== undefined && m.channel === undefined)) {
        throw new ConfigurationError(`${label}: give either 'webhook' (an incoming webhook URL) or 'token' and 'channel' (the Web API)`);
      }
      if (typeof m.webhook === 'string') {
        const url = httpUrl(m.webhook, label, 'webhook');
        return { kind: 'slack-webhook', url, name: `slack (${host(url)})`, ...common };
      }
      return {
        kind: 'slack-api',
        token: m.token as string,
        channel: m.channel as string,
        apiUrl: httpUrl((m['api-url'] as string | undefined) ?? DEFAULT_SLACK_API, label, 'api-url').replace(/\/+$/, ''),
        update: m.update === true,
        thread: m.thread === true,
        name: `slack (${m.channel as string})`,
        ...common,
      };
    case 'discord': {
      const url = httpUrl(m.webhook as string, label, 'webhook');
      return { kind: 'discord', url, name: `discord (${host(url)})`, ...common };
    }
    case 'teams': {
      const url = httpUrl(m.webhook as string, label, 'webhook');
      return { kind: 'teams', url, name: `teams (${host(url)})`, ...common };
    }
    case 'email':
    case 'smtp':
      return buildMail(m, label, common);
    case 'webhook': {
      const url = httpUrl(m.url as string, label, 'url');
      return {
        kind: 'webhook',
        url,
        ...(m.secret ? { secret: m.secret as string } : {}),
        headers: (m.headers as Record<string, string> | undefined) ?? {},
        name: `webhook (${host(url)})`,
        ...common,
      };
    }
    case 'github-status':
      return {
        kind: 'github-status',
        context: (m.context as string | undefined) ?? defaultStatusContext(),
        name: 'github-status',
        ...common,
      };
    case 'github-comment':
      return { kind: 'github-comment', key: (m.key as string | undefined) ?? 'notify', name: 'github-comment', ...common };
    default: {
      const url = httpUrl(m.url as string, label, 'url');
      return {
        kind: 'pushgateway',
        url: url.replace(/\/+$/, ''),
        job: (m.job as string | undefined) ?? process.env.GITHUB_WORKFLOW ?? 'archway',
        labels: (m.labels as Record<string, string> | undefined) ?? {},
        name: `pushgateway (${host(url)})`,
        ...common,
      };
    }
  }
}

function defaultStatusContext(): string {
  return `notify/${process.env.GITHUB_WORKFLOW ?? 'workflow'}`;
}

function host(url: string): string {
  return new URL(url).host;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/** An http(s) URL (https:// is implied); plain http only to the loopback address, as it would show the URL's secret. */
function httpUrl(value: string, label: string, key: string): string {
  const text = /^https?:\/\//i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigurationError(`${label}: '${key}' is not a valid URL (value hidden, it may hold a secret)`);
  }
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) {
    throw new ConfigurationError(
      `${label}: '${key}' uses plain http to ${url.hostname}; use https (http is allowed only to the loopback address)`,
    );
  }
  if (url.username || url.password)
    throw new ConfigurationError(`${label}: '${key}' has user info; put credentials in the options instead`);
  return url.href;
}

const ADDRESS = /^(?:[^<>]*<)?([^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+)>?$/;

function addresses(value: unknown, label: string, key: string): string[] {
  const list = (Array.isArray(value) ? value : value === undefined ? [] : String(value).split(','))
    .map((a) => String(a).trim())
    .filter(Boolean);
  for (const address of list) {
    if (!ADDRESS.test(address))
      throw new ConfigurationError(
        `${label}: '${key}' has '${address}': expected an address like name@example.org or "Name <name@example.org>"`,
      );
  }
  return list;
}

function buildMail(m: Mapping, label: string, common: { on?: OnCondition }): Channel {
  const tls = (m.tls as MailTls | undefined) ?? 'starttls';
  const port = (m.port as number | undefined) ?? (tls === 'implicit' ? 465 : 587);
  // The classic mix-up: 465 speaks TLS from the first byte, 587 and 25 start in plain text and upgrade.
  if (port === 465 && tls !== 'implicit') {
    throw new ConfigurationError(`${label}: port 465 expects implicit TLS; write smtps://... (or tls: implicit), not STARTTLS`);
  }
  if ((port === 587 || port === 25) && tls === 'implicit') {
    throw new ConfigurationError(`${label}: port ${port} speaks STARTTLS; write smtp://... (or tls: starttls), not implicit TLS`);
  }
  if (m.password !== undefined && !m.user) throw new ConfigurationError(`${label}: a password needs a user`);
  const to = addresses(m.to, label, 'to');
  const from = addresses(m.from, label, 'from');
  if (to.length === 0) throw new ConfigurationError(`${label}: 'to' is empty; give at least one recipient`);
  if (from.length !== 1) throw new ConfigurationError(`${label}: 'from' must be one address`);
  return {
    kind: 'email',
    host: m.host as string,
    port,
    tls,
    ...(m.user ? { user: m.user as string } : {}),
    ...(m.password !== undefined ? { password: m.password as string } : {}),
    from: from[0] as string,
    to,
    cc: addresses(m.cc, label, 'cc'),
    attachments: (m.attachments as string[] | undefined) ?? [],
    name: `email (${m.host as string}:${port})`,
    ...common,
  };
}
