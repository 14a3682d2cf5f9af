import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { ContainerClient, StorageSharedKeyCredential } from '@azure/storage-blob';

/** Azurite's account: the well-known development storage account and key. */
export const ACCOUNT = 'devstoreaccount1';

interface AzuriteBlobServer {
  httpServer: Server;
  start(): Promise<void>;
  close(): Promise<void>;
}

export interface Azurite {
  /** Where Azurite itself listens (the results service proxies SAS URLs to it). */
  origin: string;
  /** A SAS URL for a blob, on `publicOrigin`: 'cw' to upload, 'r' to download. */
  sasUrl(
    publicOrigin: string,
    container: string,
    blob: string,
    permissions: 'cw' | 'r',
    options?: { contentDisposition?: string },
  ): Promise<string>;
  container(name: string): ContainerClient;
  stop(): Promise<void>;
}

/**
 * Azurite's blob service, in this process, in memory, on an ephemeral loopback port. Uploads through SAS
 * URLs (single PUTs, blocks + block lists) are stored and assembled by Azurite itself.
 */
export async function startAzurite(containers: string[]): Promise<Azurite> {
  const require = createRequire(import.meta.url);
  const { default: BlobServer } = require('azurite/dist/src/blob/BlobServer.js') as { default: new (config: unknown) => AzuriteBlobServer };
  const { default: BlobConfiguration } = require('azurite/dist/src/blob/BlobConfiguration.js') as {
    default: new (...args: unknown[]) => unknown;
  };
  const { MemoryExtentChunkStore } = require('azurite/dist/src/common/persistence/MemoryExtentStore.js') as {
    MemoryExtentChunkStore: new (limit: number) => unknown;
  };
  const { EMULATOR_ACCOUNT_KEY_STR } = require('azurite/dist/src/blob/utils/constants.js') as { EMULATOR_ACCOUNT_KEY_STR: string };
  const storage = await import('@azure/storage-blob');

  const id = randomUUID();
  // BlobConfiguration's positional arguments: host, port, keep-alive seconds, metadata and extent db names
  // (in memory here), persistence paths, access log on?, log stream, debug log on?, debug log path, loose,
  // skip API version check, cert, key, pwd, oauth, disable product-style URLs, in-memory, memory store.
  const config = new BlobConfiguration(
    '127.0.0.1',
    0,
    5,
    `metadata-${id}.json`,
    `extents-${id}.json`,
    undefined,
    false,
    undefined,
    false,
    undefined,
    false,
    true,
    '',
    '',
    '',
    undefined,
    false,
    true,
    new MemoryExtentChunkStore(2 * 1024 ** 3),
  );
  const server = new BlobServer(config);
  await server.start();
  const { port } = server.httpServer.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const credential: StorageSharedKeyCredential = new storage.StorageSharedKeyCredential(ACCOUNT, EMULATOR_ACCOUNT_KEY_STR);
  const service = new storage.BlobServiceClient(`${origin}/${ACCOUNT}`, credential, { retryOptions: { maxTries: 1 } });
  for (const name of containers) await service.getContainerClient(name).create();

  return {
    origin,
    async sasUrl(publicOrigin, container, blob, permissions, options = {}) {
      const sas = storage.generateBlobSASQueryParameters(
        {
          containerName: container,
          blobName: blob,
          permissions: storage.BlobSASPermissions.parse(permissions),
          startsOn: new Date(Date.now() - 60_000),
          expiresOn: new Date(Date.now() + 6 * 3600_000),
          protocol: storage.SASProtocol.HttpsAndHttp,
          contentDisposition: options.contentDisposition,
        },
        credential,
      );
      return `${publicOrigin}/${ACCOUNT}/${container}/${blob.split('/').map(encodeURIComponent).join('/')}?${sas.toString()}`;
    },
    container: (name) => service.getContainerClient(name),
    async stop() {
      const closed = new Promise<void>((resolve) => {
        if (!server.httpServer.listening) resolve();
        else server.httpServer.once('close', () => resolve());
      });
      await server.close();
      await closed;
    },
  };
}
