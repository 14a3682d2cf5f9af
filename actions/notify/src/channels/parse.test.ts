import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigurationError, redact } from '@archway/kit';
import { channelsInput } from './parse.ts';

const parse = async (raw: string) => channelsInput().parse(raw, 'channels');

describe('channels input', () => {
  it('reads one URL per line, each scheme to its channel', async () => {
    const channels = await parse(
      [
        'slack://hooks.slack.com/services/T000/B000/slacksecret123',
        'slack://xoxb-1-2-bottoken@C0123?update=true&thread=true',
        'discord://discordtoken123@1234567890',
        'teams://prod-01.westus.logic.azure.com/workflows/abc/triggers/manual/paths/invoke?sig=teamssig123',
        'smtp://bot%40example.org:p%40ss-word@mail.example.org?to=a@example.org,b@example.org&from=CI <ci@example.org>',
        'smtps://bot:secretpw@mail.example.org?to=a@example.org&from=ci@example.org',
        'webhook+https://hooks.example.org/notify',
        'pushgateway+http://127.0.0.1:9091?job=firmware&label.board=stm32',
        'github-status',
        'github-comment',
      ].join('\n'),
    );
    assert.deepEqual(
      channels.map((c) => c.kind),
      ['slack-webhook', 'slack-api', 'discord', 'teams', 'email', 'email', 'webhook', 'pushgateway', 'github-status', 'github-comment'],
    );
    const [slack, api, discord, , mail, mails, , push] = channels;
    assert.equal(slack?.kind === 'slack-webhook' && slack.url, 'https://hooks.slack.com/services/T000/B000/slacksecret123');
    assert.ok(api?.kind === 'slack-api');
    assert.deepEqual(
      [api.token, api.channel, api.update, api.thread, api.apiUrl],
      ['xoxb-1-2-bottoken', 'C0123', true, true, 'https://slack.com/api'],
    );
    assert.equal(discord?.kind === 'discord' && discord.url, 'https://discord.com/api/webhooks/1234567890/discordtoken123');
    assert.ok(mail?.kind === 'email');
    assert.deepEqual(
      [mail.user, mail.password, mail.port, mail.tls, mail.to, mail.from],
      ['bot@example.org', 'p@ss-word', 587, 'starttls', ['a@example.org', 'b@example.org'], 'CI <ci@example.org>'],
    );
    assert.ok(mails?.kind === 'email');
    assert.deepEqual([mails.port, mails.tls], [465, 'implicit']);
    assert.ok(push?.kind === 'pushgateway');
    assert.deepEqual([push.url, push.job, push.labels], ['http://127.0.0.1:9091', 'firmware', { board: 'stm32' }]);
  });

  it('reads a YAML list of URLs and mappings, with a per-channel on', async () => {
    const channels = await parse(
      [
        '- github-status',
        '- type: webhook',
        '  url: https://hooks.example.org/x',
        '  secret: hmacsecret99',
        '  on: failure',
        '- type: email',
        '  host: mail.example.org',
        '  port: 2525',
        '  tls: none',
        '  from: ci@example.org',
        '  to: [a@example.org]',
      ].join('\n'),
    );
    assert.deepEqual(
      channels.map((c) => [c.kind, c.on]),
      [
        ['github-status', undefined],
        ['webhook', 'failure'],
        ['email', undefined],
      ],
    );
    assert.ok(channels[1]?.kind === 'webhook' && channels[1].secret === 'hmacsecret99');
  });

  it('masks every credential before anything can print it', async () => {
    await parse(
      'slack://hooks.slack.com/services/T000/B000/maskme-slack-secret\nsmtp://bot:maskme-password@mail.example.org?to=a@example.org&from=c@example.org',
    );
    const text = redact('posted to https://hooks.slack.com/services/T000/B000/maskme-slack-secret with maskme-password');
    assert.doesNotMatch(text, /maskme/);
  });

  const refused: [string, string, RegExp][] = [
    ['an unknown scheme', 'slak://hooks.slack.com/services/x', /item 1 has the unknown scheme 'slak:\/\/': expected one of slack:\/\//],
    ['something that is no URL', 'just-words', /item 1 is not a channel URL/],
    ['a bad address', 'smtp://mail.example.org?to=bob@&from=ci@example.org', /'to' has 'bob@': expected an address/],
    [
      'STARTTLS on port 465',
      'smtp://mail.example.org:465?to=a@example.org&from=ci@example.org',
      /port 465 expects implicit TLS; write smtps:\/\//,
    ],
    [
      'implicit TLS on port 587',
      'smtps://mail.example.org:587?to=a@example.org&from=ci@example.org',
      /port 587 speaks STARTTLS; write smtp:\/\//,
    ],
    [
      'plain http to another host',
      'discord://http://discord.example.org/api/webhooks/1/tok',
      /plain http to discord.example.org; use https/,
    ],
    ['an unknown mapping key', '- type: slack\n  webhook: https://hooks.slack.com/x\n  colour: red', /unknown key 'colour'/],
    ['an unknown type', '- type: pager', /item 1 has type "pager": expected one of/],
    ['a missing recipient', 'smtp://mail.example.org?from=ci@example.org', /missing key 'to'/],
    ['nothing at all', '   ', /is empty: give at least one channel/],
  ];
  for (const [what, raw, message] of refused) {
    it(`refuses ${what} with one clear error`, async () => {
      await assert.rejects(parse(raw), (error: Error) => {
        assert.ok(error instanceof ConfigurationError, String(error));
        assert.match(error.message, message);
        assert.match(error.message, /^Input 'channels'/);
        return true;
      });
    });
  }

  it('never quotes a webhook URL in an error', async () => {
    await assert.rejects(
      parse('- type: slack\n  webhook: https://hooks.slack.com/services/never-quoted-secret\n  colour: 1'),
      (error: Error) => {
        assert.doesNotMatch(error.message, /never-quoted-secret/);
        return true;
      },
    );
  });
});
