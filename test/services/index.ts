// Local stand-ins for the services actions talk to, on 127.0.0.1 with ephemeral ports. Tests start them,
// pass their `env` to runAction, assert on their state, request log and violations, and stop them.
export { type FaultRule, primaryRateLimit, secondaryRateLimit } from './faults.ts';
export { ANNOTATIONS_PER_REQUEST } from './github/handlers/checks.ts';
export { type GitHubApiServer, startGitHubApi } from './github/server.ts';
export type {
  CheckAnnotation,
  CheckRun,
  CommitStatus,
  GitTag,
  IssueComment,
  Release,
  ReleaseAsset,
  RepositoryState,
  SarifUpload,
} from './github/state.ts';
export { INITIAL_SHA } from './github/state.ts';
export type { RecordedRequest } from './loopback.ts';
export { type ResultsServer, startResultsService } from './results/server.ts';
