import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';

const PlainOctokit = Octokit.plugin(restEndpointMethods, paginateRest);
export type PlainClient = InstanceType<typeof PlainOctokit>;

/**
 * Octokit without the retry and throttling plugins, for the fake's own tests: answers reach the test as
 * they are, and writes are not spaced a second apart. (Actions use @archway/kit/github.)
 */
export function plainOctokit(token: string, baseUrl: string): PlainClient {
  return new PlainOctokit({ auth: token, baseUrl, userAgent: 'archway-tests' });
}
