import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runProcess } from '@archway/kit/process';

export interface Certificate {
  key: string;
  cert: string;
  /** The certificate as a file, for NODE_EXTRA_CA_CERTS of the step that must trust it. */
  certFile: string;
  dir: string;
  remove(): void;
}

/** A fresh self-signed certificate for 127.0.0.1 and localhost (openssl), valid for a day. */
export async function selfSignedCertificate(): Promise<Certificate> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'archway-cert-'));
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  const result = await runProcess(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
    ],
    { timeoutMs: 60_000 },
  );
  if (result.exitCode !== 0) throw new Error(`openssl failed: ${result.stderr}`);
  return {
    key: readFileSync(keyFile, 'utf8'),
    cert: readFileSync(certFile, 'utf8'),
    certFile,
    dir,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
