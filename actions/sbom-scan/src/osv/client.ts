import * as core from '@actions/core';
import { ConfigurationError, errorMessage, fetchWithRetry } from '@archway/kit';
import type { Component } from '../model.ts';
import type { OsvRecord } from './record.ts';

/** The OSV API takes at most 1000 queries per querybatch request. */
export const BATCH_LIMIT = 1000;
const DETAIL_CONCURRENCY = 8;

interface BatchAnswer {
  results?: { vulns?: { id: string; modified?: string }[]; next_page_token?: string }[];
}

function queryOf(c: Component, pageToken?: string) {
  // OSV spells Go versions without the leading v.
  const version = c.ecosystem === 'Go' ? c.version.replace(/^v/, '') : c.version;
  return { package: { name: c.name, ecosystem: c.ecosystem }, version, ...(pageToken ? { page_token: pageToken } : {}) };
}

async function call<T>(base: string, path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetchWithRetry(`${base}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', 'user-agent': 'archway-sbom-scan' },
    });
  } catch (error) {
    throw new ConfigurationError(
      `Input 'osv-url': cannot reach the OSV API at ${base} (${errorMessage(error)}); give a reachable URL or an offline export in osv-db`,
    );
  }
  if (!response.ok) {
    const text = (await response.text()).slice(0, 200);
    throw new ConfigurationError(
      `Input 'osv-url': the OSV API at ${base} answered ${response.status} to ${init.method ?? 'GET'} ${path.replace(/\?.*/, '')}: ${text}`,
    );
  }
  return (await response.json()) as T;
}

/** Run `work` over items with at most `limit` at once. */
async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index] as T);
      }
    }),
  );
  return results;
}

/**
 * Ask the OSV API which advisories affect each component: querybatch in chunks of 1000, following
 * next_page_token for queries with more results, then the full records from /v1/vulns/{id}.
 * Returns the records per component purl.
 */
export async function queryOsv(base: string, components: Component[]): Promise<Map<string, OsvRecord[]>> {
  const url = base.replace(/\/+$/, '');
  const ids = new Map<string, Set<string>>(components.map((c) => [c.purl, new Set()]));
  let pending = components.map((c) => ({ c, token: undefined as string | undefined }));
  while (pending.length > 0) {
    const next: typeof pending = [];
    for (let i = 0; i < pending.length; i += BATCH_LIMIT) {
      const chunk = pending.slice(i, i + BATCH_LIMIT);
      const answer = await call<BatchAnswer>(url, '/v1/querybatch', {
        method: 'POST',
        body: JSON.stringify({ queries: chunk.map(({ c, token }) => queryOf(c, token)) }),
      });
      chunk.forEach(({ c }, index) => {
        const result = answer.results?.[index];
        for (const v of result?.vulns ?? []) ids.get(c.purl)?.add(v.id);
        if (result?.next_page_token) next.push({ c, token: result.next_page_token });
      });
    }
    pending = next;
  }
  const unique = [...new Set([...ids.values()].flatMap((s) => [...s]))].sort();
  core.info(`OSV: ${unique.length} advisories for ${components.length} packages; fetching their records`);
  const records = await pool(unique, DETAIL_CONCURRENCY, (id) =>
    call<OsvRecord>(url, `/v1/vulns/${encodeURIComponent(id)}`, { method: 'GET' }),
  );
  const byId = new Map(records.map((r) => [r.id, r]));
  return new Map([...ids].map(([purl, set]) => [purl, [...set].map((id) => byId.get(id)).filter((r): r is OsvRecord => r !== undefined)]));
}
