import { ConfigurationError, errorMessage, fetchWithRetry } from '@archway/kit';
import type { GitHubClient } from '@archway/kit/github';

export type Release = Awaited<ReturnType<GitHubClient['rest']['repos']['getRelease']>>['data'];
export type Asset = Release['assets'][number];

/** The client and the repository every call goes to. */
export interface Repo {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** For the transfers that go around octokit (see `transfer`). */
  token: string;
  apiUrl: string;
}

/** An answer of GitHub's other than 2xx, shaped like octokit's RequestError for the checks below. */
export class TransferError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly response: { data: unknown },
  ) {
    super(message);
  }
}

export function status(error: unknown): number | undefined {
  return (error as { status?: number }).status;
}

/** A 422 "Validation Failed" whose error says the thing exists already (a tag's release, an asset name). */
export function isAlreadyExists(error: unknown): boolean {
  if (status(error) !== 422) return false;
  const errors = (error as { response?: { data?: { errors?: { code?: string }[] } } }).response?.data?.errors ?? [];
  return errors.some((e) => e.code === 'already_exists');
}

/**
 * Why a call failed, for a person: a token that may not write gets the permission it needs; anything
 * else names the call and GitHub's answer.
 */
export function explain(what: string, error: unknown): ConfigurationError {
  const code = status(error);
  if (code === 401) return new ConfigurationError(`${what}: GitHub refused the token (401); check the token input`);
  if (code === 403 || code === 404) {
    return new ConfigurationError(
      `${what}: the token may not write releases (${code} ${errorMessage(error)}); give the job \`permissions: contents: write\` or pass a token that has it`,
    );
  }
  return new ConfigurationError(`${what} failed: ${code ? `${code} ` : ''}${errorMessage(error)}`);
}

/** Every asset of a release, all pages. */
export async function listAssets(repo: Repo, releaseId: number): Promise<Asset[]> {
  const { client, owner, repo: name } = repo;
  return client.paginate(client.rest.repos.listReleaseAssets, { owner, repo: name, release_id: releaseId, per_page: 100 });
}

/** Asset bytes can be large: a generous per-attempt timeout instead of fetch's 30 seconds. */
const TRANSFER_TIMEOUT_MS = 15 * 60_000;

/**
 * Asset uploads and downloads go through the kit's fetch with retries (network errors, 429 and 5xx,
 * Retry-After honoured) rather than octokit, whose throttling runs every write one at a time a second
 * apart: bounded concurrency is what makes twenty uploads fast.
 */
async function transfer(repo: Repo, url: string, init: RequestInit & { headers: Record<string, string> }): Promise<Response> {
  const response = await fetchWithRetry(
    url,
    {
      ...init,
      headers: {
        authorization: `Bearer ${repo.token}`,
        'user-agent': 'archway',
        'x-github-api-version': '2022-11-28',
        ...init.headers,
      },
    },
    { retries: 4, timeoutMs: TRANSFER_TIMEOUT_MS },
  );
  if (response.ok) return response;
  const text = await response.text();
  let data: unknown = text;
  try {
    data = JSON.parse(text);
  } catch {
    // Not JSON: keep the text.
  }
  const message = (data as { message?: string }).message ?? (text.slice(0, 200) || response.statusText);
  throw new TransferError(response.status, message, { data });
}

/** An asset's bytes, through the API (drafts included; GitHub redirects to the file). */
export async function downloadAsset(repo: Repo, assetId: number): Promise<Buffer> {
  const url = `${repo.apiUrl}/repos/${repo.owner}/${repo.repo}/releases/assets/${assetId}`;
  const response = await transfer(repo, url, { headers: { accept: 'application/octet-stream' } });
  return Buffer.from(await response.arrayBuffer());
}

export async function deleteAsset(repo: Repo, assetId: number): Promise<void> {
  const { client, owner, repo: name } = repo;
  try {
    await client.rest.repos.deleteReleaseAsset({ owner, repo: name, asset_id: assetId });
  } catch (error) {
    // Another job removed it first: the outcome is the same.
    if (status(error) !== 404) throw error;
  }
}

/** Upload bytes as an asset to the release's upload URL (GitHub's uploads host). */
export async function uploadAsset(repo: Repo, release: Release, name: string, data: Buffer, contentType: string): Promise<Asset> {
  const url = new URL(release.upload_url.replace(/\{[^}]*\}$/, ''));
  url.searchParams.set('name', name);
  const response = await transfer(repo, url.href, {
    method: 'POST',
    body: new Uint8Array(data),
    headers: { accept: 'application/vnd.github+json', 'content-type': contentType, 'content-length': String(data.length) },
  });
  return (await response.json()) as Asset;
}
