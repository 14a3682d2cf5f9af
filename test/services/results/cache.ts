import type { Azurite } from './azurite.ts';
import { generatedMessages, type Method, TwirpError } from './twirp.ts';

export const CACHE_CONTAINER = 'actions-cache';

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  blob: string;
  sizeBytes: number;
  finalized: boolean;
  createdAt: number;
}

/**
 * github.actions.results.api.v1.CacheService: reserve an entry and hand out an upload SAS URL, finalize it
 * once Azurite holds a blob of the announced size, and look entries up the way the service does (for each
 * of key then restore keys in order: an exact match, else the newest entry with that prefix; the version
 * must always match).
 */
export async function cacheService(azurite: Azurite, publicOrigin: () => string) {
  const m = await generatedMessages('@actions/cache', 'generated/results/api/v1/cache.js');
  const entries: CacheEntry[] = [];
  let lastId = 0;
  const method = (input: string, output: string, handle: Method['handle']): Method => ({
    input: m[input] as Method['input'],
    output: m[output] as Method['output'],
    handle,
  });

  const methods: Record<string, Method> = {
    CreateCacheEntry: method('CreateCacheEntryRequest', 'CreateCacheEntryResponse', async (request: { key: string; version: string }) => {
      if (!request.key) throw new TwirpError('invalid_argument', 'key is required');
      if (!request.version) throw new TwirpError('invalid_argument', 'version is required');
      if (entries.some((e) => e.key === request.key && e.version === request.version)) {
        throw new TwirpError('already_exists', 'cache entry with the same key, version, and scope already exists');
      }
      lastId += 1;
      const entry: CacheEntry = {
        id: lastId,
        key: request.key,
        version: request.version,
        blob: `${lastId}/cache.tzst`,
        sizeBytes: 0,
        finalized: false,
        createdAt: Date.now(),
      };
      entries.push(entry);
      return { ok: true, signedUploadUrl: await azurite.sasUrl(publicOrigin(), CACHE_CONTAINER, entry.blob, 'cw') };
    }),

    FinalizeCacheEntryUpload: method(
      'FinalizeCacheEntryUploadRequest',
      'FinalizeCacheEntryUploadResponse',
      async (request: { key: string; version: string; sizeBytes: string }) => {
        const entry = entries.find((e) => e.key === request.key && e.version === request.version && !e.finalized);
        if (!entry) throw new TwirpError('not_found', `no cache entry is being uploaded for key ${request.key} and this version`);
        const size = await blobSize(azurite, entry.blob);
        if (size === undefined) return { ok: false, message: `nothing was uploaded for cache key ${request.key}` };
        if (size !== Number(request.sizeBytes))
          return { ok: false, message: `uploaded ${size} bytes but size_bytes says ${request.sizeBytes}` };
        entry.sizeBytes = size;
        entry.finalized = true;
        return { ok: true, entryId: String(entry.id) };
      },
    ),

    GetCacheEntryDownloadURL: method(
      'GetCacheEntryDownloadURLRequest',
      'GetCacheEntryDownloadURLResponse',
      async (request: { key: string; restoreKeys: string[]; version: string }) => {
        const usable = entries.filter((e) => e.finalized && e.version === request.version);
        for (const key of [request.key, ...request.restoreKeys]) {
          const match =
            usable.find((e) => e.key === key) ??
            usable.filter((e) => e.key.startsWith(key)).sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)[0];
          if (match) {
            return {
              ok: true,
              signedDownloadUrl: await azurite.sasUrl(publicOrigin(), CACHE_CONTAINER, match.blob, 'r'),
              matchedKey: match.key,
            };
          }
        }
        return { ok: false };
      },
    ),
  };
  return { methods, entries };
}

async function blobSize(azurite: Azurite, blob: string): Promise<number | undefined> {
  try {
    return (await azurite.container(CACHE_CONTAINER).getBlobClient(blob).getProperties()).contentLength;
  } catch {
    return undefined;
  }
}
