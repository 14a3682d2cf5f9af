import { fields, type Handlers } from '../handler.ts';
import { timestamp } from '../links.ts';
import type { DependencySnapshot } from '../state.ts';

/** Dependency submission API: snapshots land in state.snapshots for tests to read. */
export const dependencyGraphHandlers: Handlers = {
  'dependency-graph/create-repository-snapshot'(context) {
    const { state } = context;
    const body = fields(context) as { sha: string; ref: string; manifests?: Record<string, unknown> };
    const id = state.nextId();
    const created_at = timestamp();
    state.snapshots.push({ id, created_at, ...(body as Omit<DependencySnapshot, 'id' | 'created_at'>) });
    // GitHub accepts a snapshot for an unknown commit but cannot attach it to the graph yet.
    const known = state.commits.has(body.sha);
    return {
      status: 201,
      body: {
        id,
        created_at,
        result: known ? 'SUCCESS' : 'ACCEPTED',
        message: known
          ? 'Dependency results for the repo have been successfully updated.'
          : 'The snapshot was accepted, but it is not for the default branch. It will not update dependency results for the repository.',
      },
    };
  },
};
