import { after, afterEach, before } from 'node:test';
import { type GitHubApiServer, type ResultsServer, startGitHubApi, startResultsService } from '../services/index.ts';

export interface LocalServices {
  github: GitHubApiServer;
  results: ResultsServer;
  /** Both services' environment, for runAction's `env`. */
  readonly env: Record<string, string>;
}

/**
 * The local GitHub API and Actions results service for the tests of one file: started before them,
 * stopped after, each test checked for requests or answers that break the services' API descriptions. Read
 * the fields inside tests (they are set once `before` has run).
 */
export function useLocalServices(): LocalServices {
  const services = {
    get env() {
      return { ...services.github.env, ...services.results.env };
    },
  } as LocalServices;
  before(async () => {
    [services.github, services.results] = await Promise.all([startGitHubApi(), startResultsService()]);
  });
  afterEach(() => {
    services.github.assertNoViolations();
    services.results.assertNoViolations();
  });
  after(async () => {
    await Promise.all([services.github?.stop(), services.results?.stop()]);
  });
  return services;
}
