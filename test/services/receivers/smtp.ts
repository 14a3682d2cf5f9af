import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import type { Certificate } from './tls.ts';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The connection was TLS when the message was sent (implicit TLS or after STARTTLS). */
  secure: boolean;
  user?: string;
  raw: string;
  parsed: ParsedMail;
}

export interface SmtpReceiver {
  host: '127.0.0.1';
  port: number;
  mode: 'starttls' | 'implicit';
  user: string;
  password: string;
  mails: ReceivedMail[];
  /** Every AUTH attempt: whether it was over TLS and accepted. */
  auths: { secure: boolean; ok: boolean }[];
  /** Answer the next `times` MAIL FROM commands with a temporary 4xx refusal (a greylisting server). */
  refuseNext(times: number, code?: number): void;
  stop(): Promise<void>;
}

/**
 * A real SMTP server (smtp-server): `starttls` offers STARTTLS in plain text and refuses MAIL before it
 * (530, as a submission server on 587 does), `implicit` speaks TLS from the first byte (465). AUTH PLAIN
 * and LOGIN with one user, only over TLS. Every message is parsed with mailparser.
 */
export async function startSmtp(mode: 'starttls' | 'implicit', certificate: Certificate): Promise<SmtpReceiver> {
  const user = 'ci-bot@example.org';
  const password = `pw-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const mails: ReceivedMail[] = [];
  const auths: SmtpReceiver['auths'] = [];
  let refusals = { times: 0, code: 451 };
  const server = new SMTPServer({
    secure: mode === 'implicit',
    key: certificate.key,
    cert: certificate.cert,
    name: 'mail.example.org',
    authMethods: ['PLAIN', 'LOGIN'],
    allowInsecureAuth: false,
    logger: false,
    onAuth(auth, session, callback) {
      const ok = auth.username === user && auth.password === password;
      auths.push({ secure: session.secure, ok });
      if (!ok) return callback(new Error('Invalid username or password'));
      callback(null, { user: auth.username });
    },
    onMailFrom(_address, session: SMTPServerSession, callback) {
      if (!session.secure) return callback(Object.assign(new Error('Must issue a STARTTLS command first'), { responseCode: 530 }));
      if (!session.user) return callback(Object.assign(new Error('Authentication required'), { responseCode: 530 }));
      if (refusals.times > 0) {
        refusals.times--;
        return callback(Object.assign(new Error('Greylisted, try again later'), { responseCode: refusals.code }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then((parsed) => {
            mails.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              secure: session.secure,
              ...(session.user ? { user: String(session.user) } : {}),
              raw,
              parsed,
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    host: '127.0.0.1',
    port,
    mode,
    user,
    password,
    mails,
    auths,
    refuseNext(times, code = 451) {
      refusals = { times, code };
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
