import path from 'node:path';
import { FILE_LIMITS, findUserFiles, readUserBytes, workspaceDir } from '@archway/kit/files';
import { NotAccepted, Refused, Uncertain, withAttempts } from '../delivery/attempts.ts';
import { toHtml, toPlainText } from '../markdown.ts';
import type { Message } from '../message.ts';
import { unescapeMarkdown } from '../view.ts';
import type { ChannelOf } from './channel.ts';
import type { Sent } from './send.ts';

const MAX_ATTACHMENTS_BYTES = 20 * 1024 * 1024;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The mail's HTML (the body, a facts table, a link to the run) and its plain-text alternative. */
export async function emailParts(message: Message): Promise<{ subject: string; html: string; text: string }> {
  const view = message.view;
  const facts = await Promise.all(
    view.facts.map(async (f) => ({
      name: f.name,
      html: (await toHtml(f.value)).replace(/^<p>|<\/p>\s*$/g, ''),
      text: toPlainText(f.value),
    })),
  );
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif">',
    `<h2>${escapeHtml(message.title)}</h2>`,
    await toHtml(message.body),
    '<table cellpadding="4">',
    ...facts.map((f) => `<tr><th align="left">${escapeHtml(f.name)}</th><td>${f.html}</td></tr>`),
    '</table>',
    `<p><a href="${escapeHtml(view.runUrl)}">View run #${escapeHtml(view.runNumber)}</a></p>`,
    '</body></html>',
  ].join('\n');
  const text = [
    message.title,
    '',
    toPlainText(message.body),
    '',
    ...facts.map((f) => `${f.name}: ${f.text}`),
    '',
    `Run: ${view.runUrl}`,
  ].join('\n');
  return { subject: message.title, html, text };
}

async function attachmentsOf(channel: ChannelOf<'email'>): Promise<{ filename: string; content: Buffer }[]> {
  if (channel.attachments.length === 0) return [];
  const files = await findUserFiles('channels', channel.attachments, { maxFiles: 50 });
  let total = 0;
  const attachments: { filename: string; content: Buffer }[] = [];
  for (const file of files) {
    const content = await readUserBytes('channels', path.relative(workspaceDir(), file), {
      maxBytes: FILE_LIMITS.data,
      what: 'attachment',
    });
    total += content.length;
    if (total > MAX_ATTACHMENTS_BYTES) throw new Refused(`the attachments exceed ${MAX_ATTACHMENTS_BYTES / 1024 / 1024} MiB`);
    attachments.push({ filename: path.basename(file), content });
  }
  return attachments;
}

/** SMTP errors nodemailer reports before the server took the message: safe to try again. */
const NOT_SENT = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS']);

/**
 * One mail through nodemailer: implicit TLS (465) or STARTTLS (587, required unless the channel says
 * opportunistic or none), AUTH when a user is given. A fixed Message-ID lets a mail server and readers
 * drop a duplicate.
 */
export async function sendEmail(channel: ChannelOf<'email'>, message: Message, deliveryId: string): Promise<Sent> {
  const { createTransport } = await import('nodemailer');
  const [{ subject, html, text }, attachments] = await Promise.all([emailParts(message), attachmentsOf(channel)]);
  const transport = createTransport({
    host: channel.host,
    port: channel.port,
    secure: channel.tls === 'implicit',
    requireTLS: channel.tls === 'starttls',
    ignoreTLS: channel.tls === 'none',
    ...(channel.user ? { auth: { user: channel.user, pass: channel.password ?? '' } } : {}),
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 30_000,
    tls: { minVersion: 'TLSv1.2', servername: channel.host },
  });
  const domain = channel.from.replace(/^.*@/, '').replace(/>$/, '');
  try {
    const result = await withAttempts(async () => {
      try {
        return await transport.sendMail({
          from: channel.from,
          to: channel.to,
          ...(channel.cc.length > 0 ? { cc: channel.cc } : {}),
          subject: unescapeMarkdown(subject),
          text,
          html,
          attachments,
          messageId: `<${deliveryId}@${domain}>`,
          headers: { 'X-Archway-Run': message.view.runUrl },
        });
      } catch (error) {
        throw classify(error);
      }
    });
    if (result.error || !result.value)
      throw Object.assign(result.error ?? new Error('no answer'), { attempts: result.attempts, status: result.status });
    const code = Number(/^(\d{3})/.exec(result.value.response ?? '')?.[1]);
    return { attempts: result.attempts, id: result.value.messageId, ...(code ? { status: code } : {}) };
  } finally {
    transport.close();
  }
}

function classify(error: unknown): Error {
  const e = error as { code?: string; responseCode?: number; message?: string; command?: string };
  const what = `SMTP ${e.command ? `${e.command}: ` : ''}${e.message ?? String(error)}`;
  // 4xx before DATA was accepted: the server refused for now, nothing was queued.
  if (e.responseCode && e.responseCode >= 400 && e.responseCode < 500) return new NotAccepted(what, e.responseCode);
  if (e.code && NOT_SENT.has(e.code) && e.command !== 'DATA') return new NotAccepted(what);
  if (e.code === 'EAUTH') return new Refused(`${what} (check the user and password)`, e.responseCode);
  if (e.code === 'ETLS') return new Refused(`${what} (the server's TLS failed: check starttls and the port)`, e.responseCode);
  return e.responseCode ? new Refused(what, e.responseCode) : new Uncertain(what);
}
