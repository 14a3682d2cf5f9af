import type { OnCondition } from '../conditions.ts';

/** How a mail server is spoken to: implicit TLS from the first byte (465), or STARTTLS after EHLO (587). */
export type MailTls = 'implicit' | 'starttls' | 'opportunistic' | 'none';

interface Common {
  /** What the log, the summary and the `deliveries` output call the channel: never a secret. */
  name: string;
  /** Overrides the `on` input for this channel. */
  on?: OnCondition;
}

export type Channel = Common &
  (
    | { kind: 'slack-webhook'; url: string }
    | { kind: 'slack-api'; token: string; channel: string; apiUrl: string; update: boolean; thread: boolean }
    | { kind: 'discord'; url: string }
    | { kind: 'teams'; url: string }
    | {
        kind: 'email';
        host: string;
        port: number;
        tls: MailTls;
        user?: string;
        password?: string;
        from: string;
        to: string[];
        cc: string[];
        attachments: string[];
      }
    | { kind: 'webhook'; url: string; secret?: string; headers: Record<string, string> }
    | { kind: 'github-status'; context: string }
    | { kind: 'github-comment'; key: string }
    | { kind: 'pushgateway'; url: string; job: string; labels: Record<string, string> }
  );

export type ChannelKind = Channel['kind'];
export type ChannelOf<K extends ChannelKind> = Extract<Channel, { kind: K }>;
