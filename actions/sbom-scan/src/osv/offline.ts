import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, errorMessage } from '@archway/kit';
import type { Component } from '../model.ts';
import { normalisePythonName } from '../sbom/purl.ts';
import { matchingRecords } from './match.ts';
import type { OsvRecord } from './record.ts';

const keyOf = (ecosystem: string, name: string) => `${ecosystem.split(':')[0]}\0${ecosystem === 'PyPI' ? normalisePythonName(name) : name}`;

async function jsonFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await jsonFiles(full)));
    else if (entry.isFile() && (entry.name.endsWith('.json') || entry.name.endsWith('.zip'))) out.push(full);
  }
  return out.sort();
}

function parseRecord(text: string, where: string): OsvRecord {
  try {
    const record = JSON.parse(text) as OsvRecord;
    if (typeof record.id !== 'string') throw new Error('no "id"');
    return record;
  } catch (error) {
    throw new ConfigurationError(`Input 'osv-db': ${where} is not an OSV record (${errorMessage(error)})`);
  }
}

/**
 * An OSV export on disk: a directory of record files (any depth; per-ecosystem all.zip files inside
 * it are read too) or one all.zip as osv.dev publishes per ecosystem. Indexed by ecosystem and name.
 */
export async function loadOfflineDatabase(location: string, shown: string): Promise<Map<string, OsvRecord[]>> {
  const index = new Map<string, OsvRecord[]>();
  const add = (record: OsvRecord) => {
    for (const a of record.affected ?? []) {
      if (!a.package) continue;
      const key = keyOf(a.package.ecosystem, a.package.name);
      const list = index.get(key) ?? [];
      if (!list.includes(record)) list.push(record);
      index.set(key, list);
    }
  };
  const files = (await stat(location)).isDirectory() ? await jsonFiles(location) : [location];
  for (const file of files) {
    const where = path.relative(location, file) || shown;
    if (file.endsWith('.zip')) {
      const { unzipSync, strFromU8 } = await import('fflate');
      let entries: Record<string, Uint8Array>;
      try {
        entries = unzipSync(await readFile(file), { filter: (f) => f.name.endsWith('.json') });
      } catch (error) {
        throw new ConfigurationError(`Input 'osv-db': ${where} is not a readable zip (${errorMessage(error)})`);
      }
      for (const [name, bytes] of Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : 1)))
        add(parseRecord(strFromU8(bytes), `${where}:${name}`));
    } else {
      add(parseRecord(await readFile(file, 'utf8'), where));
    }
  }
  if (index.size === 0) throw new ConfigurationError(`Input 'osv-db': ${shown} holds no OSV records (*.json or all.zip)`);
  return index;
}

/** The records of the offline database that affect each component, matched here per ecosystem. */
export async function queryOffline(database: Map<string, OsvRecord[]>, components: Component[]): Promise<Map<string, OsvRecord[]>> {
  const result = new Map<string, OsvRecord[]>();
  for (const c of components) result.set(c.purl, await matchingRecords(database.get(keyOf(c.ecosystem, c.name)) ?? [], c));
  return result;
}
