import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

export interface RuntimeToken {
  /** The JWT, as ACTIONS_RUNTIME_TOKEN. */
  jwt: string;
  /** Backend ids of the workflow run and job, as @actions/artifact reads them from the `scp` claim. */
  runId: string;
  jobId: string;
  verify(jwt: string): boolean;
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * An ACTIONS_RUNTIME_TOKEN like the runner's: a signed JWT whose `scp` carries
 * `Actions.Results:<run>:<job>` (what @actions/artifact decodes) next to the runner's other scopes.
 */
export function runtimeToken(): RuntimeToken {
  const key = randomBytes(32);
  const runId = randomUUID();
  const jobId = randomUUID();
  const now = Math.floor(Date.now() / 1000);
  const header = base64url({ typ: 'JWT', alg: 'HS256' });
  const payload = base64url({
    nameid: 'dddddddd-dddd-dddd-dddd-dddddddddddd',
    scp: `Actions.ExampleScope Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.UploadArtifacts:${runId}:${jobId} Actions.Results:${runId}:${jobId}`,
    iss: 'vstoken.actions.githubusercontent.com',
    aud: 'vstoken.actions.githubusercontent.com',
    nbf: now - 60,
    exp: now + 6 * 3600,
  });
  const sign = (data: string) => createHmac('sha256', key).update(data).digest();
  const jwt = `${header}.${payload}.${sign(`${header}.${payload}`).toString('base64url')}`;
  return {
    jwt,
    runId,
    jobId,
    verify(given) {
      const [h, p, s] = given.split('.');
      if (!h || !p || !s) return false;
      const expected = sign(`${h}.${p}`);
      const actual = Buffer.from(s, 'base64url');
      return actual.length === expected.length && timingSafeEqual(actual, expected);
    },
  };
}
