/**
 * Secret rules after gitleaks' default configuration (same ids, so a .gitleaksignore written for gitleaks
 * applies): a cheap keyword prefilter, the pattern, and for generic assignments a Shannon entropy floor.
 */
export interface SecretRule {
  id: string;
  description: string;
  /** Lower-case substrings one of which must appear in the file before the pattern is tried. */
  keywords: string[];
  /** Global regex; group 1 (when present) is the secret itself. */
  pattern: RegExp;
  minEntropy?: number;
}

export const RULES: readonly SecretRule[] = [
  { id: 'github-pat', description: 'GitHub personal access token', keywords: ['ghp_'], pattern: /\b(ghp_[0-9a-zA-Z]{36})\b/g },
  {
    id: 'github-fine-grained-pat',
    description: 'GitHub fine-grained personal access token',
    keywords: ['github_pat_'],
    pattern: /\b(github_pat_\w{82})\b/g,
  },
  { id: 'github-oauth', description: 'GitHub OAuth access token', keywords: ['gho_'], pattern: /\b(gho_[0-9a-zA-Z]{36})\b/g },
  { id: 'github-app-token', description: 'GitHub App token', keywords: ['ghu_', 'ghs_'], pattern: /\b((?:ghu|ghs)_[0-9a-zA-Z]{36})\b/g },
  { id: 'github-refresh-token', description: 'GitHub refresh token', keywords: ['ghr_'], pattern: /\b(ghr_[0-9a-zA-Z]{36})\b/g },
  { id: 'gitlab-pat', description: 'GitLab personal access token', keywords: ['glpat-'], pattern: /\b(glpat-[\w-]{20})(?![\w-])/g },
  {
    id: 'aws-access-token',
    description: 'AWS access key id',
    keywords: ['a3t', 'akia', 'asia', 'abia', 'acca'],
    pattern: /\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g,
  },
  {
    id: 'slack-bot-token',
    description: 'Slack bot token',
    keywords: ['xoxb'],
    pattern: /\b(xoxb-[0-9]{10,13}-[0-9]{10,13}[a-zA-Z0-9-]*)/g,
  },
  {
    id: 'slack-user-token',
    description: 'Slack user token',
    keywords: ['xoxp-', 'xoxe-'],
    pattern: /\b(xox[pe](?:-[0-9]{10,13}){3}-[a-zA-Z0-9-]{28,34})/g,
  },
  {
    id: 'slack-webhook-url',
    description: 'Slack webhook URL',
    keywords: ['hooks.slack.com'],
    pattern: /((?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{43,56})/g,
  },
  {
    id: 'private-key',
    description: 'Private key',
    keywords: ['-----begin'],
    pattern: /(-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s\S]{64,}?-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----)/g,
  },
  {
    id: 'generic-api-key',
    description: 'Generic API key or secret assigned in code',
    keywords: ['access', 'api', 'auth', 'key', 'credential', 'creds', 'passwd', 'password', 'secret', 'token'],
    pattern:
      /[\w.-]{0,50}?(?:access|auth|[Aa]pi|API|credential|creds|key|passw(?:or)?d|secret|token)(?:[ \t\w.-]{0,20})[\s'"]{0,3}(?:=|>|:{1,3}=|\|\||:|=>|\?=|,)[\x60'"\s=]{0,5}([\w.=-]{10,150}|[a-z0-9][a-z0-9+/]{11,}={0,3})(?:[\x60'"\s;]|\\[nr]|$)/gim,
    minEntropy: 3.5,
  },
];

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * What the generic rule must not call a secret (gitleaks keeps a similar allowlist): identifiers and
 * paths without digits, template placeholders, obvious examples.
 */
export function looksLikeSecret(value: string): boolean {
  if (!/\d/.test(value) || !/[A-Za-z]/.test(value)) return false;
  // kebab/snake/dotted identifiers (cache keys, file names): words and short parts between separators.
  const parts = value.split(/[._-]/).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => /^[a-z]+$/i.test(p) || p.length < 8)) return false;
  // UUIDs name things (run ids, test fixtures) far more often than they authenticate.
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return false;
  if (/example|placeholder|changeme|dummy|sample|xxxx|\$\{|\{\{|<[^>]+>/i.test(value)) return false;
  return true;
}
