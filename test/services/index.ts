// Local stand-ins for the services actions talk to, on 127.0.0.1 with ephemeral ports. Tests start them,
// pass their `env` to runAction, assert on their state, request log and violations, and stop them.
export { type FaultRule, primaryRateLimit, secondaryRateLimit } from './faults.ts';
export { seedWorkflowRun, type WorkflowRun } from './github/handlers/actions.ts';
export { ANNOTATIONS_PER_REQUEST } from './github/handlers/checks.ts';
export { type GitHubApiServer, startGitHubApi } from './github/server.ts';
export type {
  CheckAnnotation,
  CheckRun,
  CommitStatus,
  DependencySnapshot,
  GitTag,
  IssueComment,
  Release,
  ReleaseAsset,
  RepositoryState,
  SarifUpload,
} from './github/state.ts';
export { INITIAL_SHA } from './github/state.ts';
export type { RecordedRequest } from './loopback.ts';
export { OSV_BATCH_LIMIT, type OsvServer, startOsvService } from './osv/server.ts';
export { type DiscordReceiver, startDiscord } from './receivers/discord.ts';
export { type Pushgateway, startPushgateway } from './receivers/pushgateway.ts';
export { type SlackReceiver, startSlack } from './receivers/slack.ts';
export { type ReceivedMail, type SmtpReceiver, startSmtp } from './receivers/smtp.ts';
export { startTeams, type TeamsReceiver } from './receivers/teams.ts';
export { type Certificate, selfSignedCertificate } from './receivers/tls.ts';
export { startWebhook, type WebhookReceiver } from './receivers/webhook.ts';
export { type ResultsServer, startResultsService } from './results/server.ts';
