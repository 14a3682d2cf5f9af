import { createHash } from 'node:crypto';

/** URLs and the shapes shared by many responses (users, the app, the repository). */
export class Links {
  constructor(
    /** The server's origin: it plays api.github.com, uploads.github.com and github.com at once. */
    readonly origin: string,
    readonly owner: string,
    readonly repo: string,
  ) {}

  get api(): string {
    return `${this.origin}/repos/${this.owner}/${this.repo}`;
  }

  get html(): string {
    return `${this.origin}/${this.owner}/${this.repo}`;
  }

  user(login: string, id: number, type: 'User' | 'Bot' | 'Organization' = 'User') {
    const url = `${this.origin}/users/${encodeURIComponent(login)}`;
    return {
      login,
      id,
      node_id: nodeId(type === 'Organization' ? 'O' : 'U', id),
      avatar_url: `${this.origin}/avatars/u/${id}?v=4`,
      gravatar_id: '',
      url,
      html_url: `${this.origin}/${encodeURIComponent(login)}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type,
      user_view_type: 'public',
      site_admin: false,
    };
  }

  /** Who the write token acts as: the Actions app's bot, like GITHUB_TOKEN. */
  actor() {
    return this.user('github-actions[bot]', 41898282, 'Bot');
  }

  app() {
    return {
      id: 15368,
      slug: 'github-actions',
      client_id: 'Iv1.05c79e9ad1f6bdfa',
      node_id: 'MDM6QXBwMTUzNjg=',
      owner: this.user('github', 9919, 'Organization'),
      name: 'GitHub Actions',
      description: 'Automate your workflow from idea to production',
      external_url: 'https://help.github.com/en/actions',
      html_url: `${this.origin}/apps/github-actions`,
      created_at: '2018-07-30T09:30:17Z',
      updated_at: '2024-04-10T20:33:16Z',
      permissions: { checks: 'write', contents: 'write', issues: 'write', metadata: 'read', pull_requests: 'write', statuses: 'write' },
      events: ['check_run', 'check_suite', 'push', 'pull_request', 'release', 'status'],
    };
  }

  repository(id: number) {
    const api = this.api;
    return {
      id,
      node_id: nodeId('R', id),
      name: this.repo,
      full_name: `${this.owner}/${this.repo}`,
      private: false,
      owner: this.user(this.owner, 100001, 'Organization'),
      html_url: this.html,
      description: null,
      fork: false,
      url: api,
      archive_url: `${api}/{archive_format}{/ref}`,
      assignees_url: `${api}/assignees{/user}`,
      blobs_url: `${api}/git/blobs{/sha}`,
      branches_url: `${api}/branches{/branch}`,
      collaborators_url: `${api}/collaborators{/collaborator}`,
      comments_url: `${api}/comments{/number}`,
      commits_url: `${api}/commits{/sha}`,
      compare_url: `${api}/compare/{base}...{head}`,
      contents_url: `${api}/contents/{+path}`,
      contributors_url: `${api}/contributors`,
      deployments_url: `${api}/deployments`,
      downloads_url: `${api}/downloads`,
      events_url: `${api}/events`,
      forks_url: `${api}/forks`,
      git_commits_url: `${api}/git/commits{/sha}`,
      git_refs_url: `${api}/git/refs{/sha}`,
      git_tags_url: `${api}/git/tags{/sha}`,
      hooks_url: `${api}/hooks`,
      issue_comment_url: `${api}/issues/comments{/number}`,
      issue_events_url: `${api}/issues/events{/number}`,
      issues_url: `${api}/issues{/number}`,
      keys_url: `${api}/keys{/key_id}`,
      labels_url: `${api}/labels{/name}`,
      languages_url: `${api}/languages`,
      merges_url: `${api}/merges`,
      milestones_url: `${api}/milestones{/number}`,
      notifications_url: `${api}/notifications{?since,all,participating}`,
      pulls_url: `${api}/pulls{/number}`,
      releases_url: `${api}/releases{/id}`,
      stargazers_url: `${api}/stargazers`,
      statuses_url: `${api}/statuses/{sha}`,
      subscribers_url: `${api}/subscribers`,
      subscription_url: `${api}/subscription`,
      tags_url: `${api}/tags`,
      teams_url: `${api}/teams`,
      trees_url: `${api}/git/trees{/sha}`,
    };
  }
}

/** A node id in GitHub's legacy shape: base64 of "<len>:<Type><id>". */
export function nodeId(prefix: string, id: number | string): string {
  const type =
    {
      U: 'User',
      O: 'Organization',
      R: 'Repository',
      RE: 'Release',
      RA: 'ReleaseAsset',
      REF: 'Ref',
      T: 'Tag',
      S: 'StatusContext',
      CR: 'CheckRun',
      IC: 'IssueComment',
      C: 'Commit',
    }[prefix] ?? prefix;
  const text = `${type}${id}`;
  return Buffer.from(`0${text.length}:${text}`).toString('base64');
}

/** Timestamps as GitHub writes them: ISO 8601 in UTC without milliseconds. */
export function timestamp(date = new Date()): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** git's object id of a blob. */
export function blobSha(data: Buffer): string {
  return createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex');
}

export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
