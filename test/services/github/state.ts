import { sha1, timestamp } from './links.ts';

/** The commit the harness runs on (its GITHUB_SHA): the repository's first commit, on main. */
export const INITIAL_SHA = '0123456789abcdef0123456789abcdef01234567';

export interface Commit {
  sha: string;
  message: string;
  parents: string[];
  /** The whole tree: path -> content. */
  files: Map<string, Buffer>;
  date: string;
}

export interface GitTag {
  sha: string;
  tag: string;
  message: string;
  object: { sha: string; type: string };
  tagger: { name: string; email: string; date: string };
}

export interface Release {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  created_at: string;
  published_at: string | null;
  updated_at: string;
  /** Set by make_latest=true; otherwise the latest is the newest published full release. */
  explicitLatest: boolean;
}

export interface ReleaseAsset {
  id: number;
  release_id: number;
  name: string;
  label: string | null;
  content_type: string;
  size: number;
  digest: string;
  state: 'uploaded' | 'open';
  download_count: number;
  created_at: string;
  updated_at: string;
  data: Buffer;
}

export interface CommitStatus {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  target_url: string | null;
  description: string | null;
  context: string;
  created_at: string;
  updated_at: string;
}

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  details_url: string | null;
  external_id: string | null;
  started_at: string | null;
  completed_at: string | null;
  output: { title: string | null; summary: string | null; text: string | null; images?: unknown[] };
  actions?: unknown[];
  annotations: CheckAnnotation[];
}

export interface IssueComment {
  id: number;
  issue_number: number;
  body: string;
  created_at: string;
  updated_at: string;
}

/** A dependency-graph snapshot as submitted (the request body) with the id the API gave it. */
export interface DependencySnapshot {
  id: number;
  created_at: string;
  sha: string;
  ref: string;
  job: { correlator: string; id: string };
  detector: { name: string; version: string; url: string };
  manifests?: Record<
    string,
    {
      name: string;
      file?: { source_location?: string };
      resolved?: Record<string, { package_url?: string; relationship?: string; scope?: string; dependencies?: string[] }>;
    }
  >;
}

export interface SarifUpload {
  id: string;
  commit_sha: string;
  ref: string;
  tool_name?: string;
  /** The decoded SARIF document. */
  sarif: { version?: string; runs?: unknown[] };
}

/**
 * Everything the fake API remembers about its one repository. Tests read it directly (and may seed it,
 * e.g. with `commit()`); handlers turn it into GitHub's response shapes.
 */
export class RepositoryState {
  readonly id = 1296269;
  readonly defaultBranch = 'main';
  readonly commits = new Map<string, Commit>();
  /** Full ref name (refs/heads/main, refs/tags/v1) -> the sha it points at (a commit or a tag object). */
  readonly refs = new Map<string, string>();
  /** Annotated tag objects by sha. */
  readonly tags = new Map<string, GitTag>();
  readonly releases: Release[] = [];
  readonly assets: ReleaseAsset[] = [];
  readonly statuses: CommitStatus[] = [];
  readonly checkRuns: CheckRun[] = [];
  readonly comments: IssueComment[] = [];
  readonly sarifs: SarifUpload[] = [];
  readonly snapshots: DependencySnapshot[] = [];
  #lastId = 0;

  constructor(
    readonly owner: string,
    readonly repo: string,
  ) {
    this.commits.set(INITIAL_SHA, { sha: INITIAL_SHA, message: 'Initial commit', parents: [], files: new Map(), date: timestamp() });
    this.refs.set(`refs/heads/${this.defaultBranch}`, INITIAL_SHA);
  }

  /** Ids grow across all kinds of objects, as GitHub's do. */
  nextId(): number {
    this.#lastId += 1;
    return 1000 + this.#lastId;
  }

  /**
   * Commit changes (path -> content, or null to delete) on top of a branch, creating the branch from the
   * default branch if it does not exist. `sha` lets a test give the commit a known id (an event's head sha).
   */
  commit(branch: string, changes: Record<string, string | Buffer | null>, options: { message?: string; sha?: string } = {}): Commit {
    const ref = `refs/heads/${branch}`;
    const parentSha = this.refs.get(ref) ?? (this.refs.get(`refs/heads/${this.defaultBranch}`) as string);
    const parent = this.commits.get(parentSha) as Commit;
    const files = new Map(parent.files);
    for (const [path, content] of Object.entries(changes)) {
      if (content === null) files.delete(path);
      else files.set(path, Buffer.isBuffer(content) ? content : Buffer.from(content));
    }
    const message = options.message ?? 'Update files';
    const date = timestamp();
    const sha = options.sha ?? sha1(`${parentSha}\n${message}\n${date}\n${this.nextId()}`);
    if (this.commits.has(sha)) throw new Error(`commit ${sha} already exists`);
    const commit = { sha, message, parents: [parentSha], files, date };
    this.commits.set(sha, commit);
    this.refs.set(ref, sha);
    return commit;
  }

  /** A commit by sha, branch, tag or full ref (tags peeled to their commit). */
  resolveCommit(ref: string): Commit | undefined {
    const direct = this.commits.get(ref);
    if (direct) return direct;
    const target =
      this.refs.get(ref) ?? this.refs.get(`refs/heads/${ref}`) ?? this.refs.get(`refs/tags/${ref}`) ?? this.refs.get(`refs/${ref}`);
    if (!target) return undefined;
    return this.commits.get(this.peel(target));
  }

  /** An annotated tag's sha -> the commit it tags. */
  peel(sha: string): string {
    let current = sha;
    for (let tag = this.tags.get(current); tag; tag = this.tags.get(current)) current = tag.object.sha;
    return current;
  }

  objectType(sha: string): 'commit' | 'tag' | undefined {
    if (this.commits.has(sha)) return 'commit';
    if (this.tags.has(sha)) return 'tag';
    return undefined;
  }

  /** Each branch's files at its head: branch -> path -> content. */
  get contents(): Map<string, Map<string, Buffer>> {
    const result = new Map<string, Map<string, Buffer>>();
    for (const [ref, sha] of this.refs) {
      if (ref.startsWith('refs/heads/')) result.set(ref.slice('refs/heads/'.length), (this.commits.get(sha) as Commit).files);
    }
    return result;
  }

  releaseAssets(releaseId: number): ReleaseAsset[] {
    return this.assets.filter((a) => a.release_id === releaseId);
  }

  /** The release GitHub marks as latest: explicitly made latest, else the newest published full release. */
  latestRelease(): Release | undefined {
    const published = this.releases.filter((r) => !r.draft && !r.prerelease);
    return (
      published.find((r) => r.explicitLatest) ??
      published.sort((a, b) => (b.published_at ?? '').localeCompare(a.published_at ?? '') || b.id - a.id)[0]
    );
  }
}
