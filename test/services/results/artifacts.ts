import { createHash } from 'node:crypto';
import type { Azurite } from './azurite.ts';
import type { RuntimeToken } from './token.ts';
import { generatedMessages, type Method, TwirpError } from './twirp.ts';

export const ARTIFACT_CONTAINER = 'actions-results';

export interface Artifact {
  id: number;
  runId: string;
  jobId: string;
  name: string;
  blob: string;
  size: number;
  digest: string;
  mimeType: string;
  finalized: boolean;
  createdAt: Date;
}

interface Ids {
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
}

/**
 * github.actions.results.api.v1.ArtifactService for the run and job of the runtime token. Finalizing
 * checks what Azurite holds against the announced size and sha256; listing shows finalized artifacts of
 * the run.
 */
export async function artifactService(azurite: Azurite, token: RuntimeToken, publicOrigin: () => string) {
  const m = await generatedMessages('@actions/artifact', 'generated/index.js');
  const artifacts: Artifact[] = [];
  let lastId = 0;
  const method = (input: string, output: string, handle: Method['handle']): Method => ({
    input: m[input] as Method['input'],
    output: m[output] as Method['output'],
    handle,
  });
  const ownRun = (request: Ids) => {
    if (request.workflowRunBackendId !== token.runId)
      throw new TwirpError('permission_denied', 'the token is not valid for this workflow run');
  };
  const ownJob = (request: Ids) => {
    ownRun(request);
    if (request.workflowJobRunBackendId !== token.jobId) throw new TwirpError('permission_denied', 'the token is not valid for this job');
  };
  const finalized = (request: Ids & { name: string }) => {
    const artifact = artifacts.find((a) => a.finalized && a.runId === request.workflowRunBackendId && a.name === request.name);
    if (!artifact) throw new TwirpError('not_found', `artifact ${request.name} not found`);
    return artifact;
  };

  const methods: Record<string, Method> = {
    CreateArtifact: method(
      'CreateArtifactRequest',
      'CreateArtifactResponse',
      async (request: Ids & { name: string; version: number; mimeType?: { value: string } }) => {
        ownJob(request);
        if (!request.name) throw new TwirpError('invalid_argument', 'name is required');
        if (request.version < 4)
          throw new TwirpError('invalid_argument', `artifact version ${request.version} is not served (4 and later are)`);
        if (artifacts.some((a) => a.finalized && a.runId === request.workflowRunBackendId && a.name === request.name)) {
          throw new TwirpError('already_exists', 'an artifact with this name already exists on the workflow run');
        }
        const pending = artifacts.findIndex((a) => !a.finalized && a.runId === request.workflowRunBackendId && a.name === request.name);
        if (pending >= 0) artifacts.splice(pending, 1);
        lastId += 1;
        const artifact: Artifact = {
          id: lastId,
          runId: request.workflowRunBackendId,
          jobId: request.workflowJobRunBackendId,
          name: request.name,
          blob: `${request.workflowRunBackendId}/${lastId}/${request.name}`,
          size: 0,
          digest: '',
          mimeType: request.mimeType?.value ?? 'application/zip',
          finalized: false,
          createdAt: new Date(),
        };
        artifacts.push(artifact);
        return { ok: true, signedUploadUrl: await azurite.sasUrl(publicOrigin(), ARTIFACT_CONTAINER, artifact.blob, 'cw') };
      },
    ),

    FinalizeArtifact: method(
      'FinalizeArtifactRequest',
      'FinalizeArtifactResponse',
      async (request: Ids & { name: string; size: string; hash?: { value: string } }) => {
        ownJob(request);
        const artifact = artifacts.find((a) => !a.finalized && a.runId === request.workflowRunBackendId && a.name === request.name);
        if (!artifact) throw new TwirpError('not_found', `no upload of artifact ${request.name} is in progress`);
        const stored = await blobDigest(azurite, artifact.blob);
        if (!stored) throw new TwirpError('failed_precondition', `nothing was uploaded for artifact ${request.name}`);
        if (stored.size !== Number(request.size))
          throw new TwirpError('invalid_argument', `uploaded ${stored.size} bytes but size says ${request.size}`);
        if (request.hash && request.hash.value !== stored.digest) {
          throw new TwirpError('invalid_argument', `the uploaded content has digest ${stored.digest}, not ${request.hash.value}`);
        }
        Object.assign(artifact, { size: stored.size, digest: stored.digest, finalized: true });
        return { ok: true, artifactId: String(artifact.id) };
      },
    ),

    ListArtifacts: method(
      'ListArtifactsRequest',
      'ListArtifactsResponse',
      (request: Ids & { nameFilter?: { value: string }; idFilter?: { value: string } }) => {
        ownRun(request);
        const listed = artifacts.filter(
          (a) =>
            a.finalized &&
            a.runId === request.workflowRunBackendId &&
            (request.nameFilter === undefined || a.name === request.nameFilter.value) &&
            (request.idFilter === undefined || String(a.id) === request.idFilter.value),
        );
        const Timestamp = m.Timestamp as unknown as { fromDate(date: Date): unknown };
        return {
          artifacts: listed.map((a) => ({
            workflowRunBackendId: a.runId,
            workflowJobRunBackendId: a.jobId,
            databaseId: String(a.id),
            name: a.name,
            size: String(a.size),
            createdAt: Timestamp.fromDate(a.createdAt),
            digest: { value: a.digest },
          })),
        };
      },
    ),

    GetSignedArtifactURL: method('GetSignedArtifactURLRequest', 'GetSignedArtifactURLResponse', async (request: Ids & { name: string }) => {
      ownRun(request);
      const artifact = finalized(request);
      // A zip is unzipped by the client (it goes by the blob's content type); any other file is saved under its name.
      const contentDisposition = artifact.mimeType === 'application/zip' ? undefined : `attachment; filename="${artifact.name}"`;
      return { signedUrl: await azurite.sasUrl(publicOrigin(), ARTIFACT_CONTAINER, artifact.blob, 'r', { contentDisposition }) };
    }),

    DeleteArtifact: method('DeleteArtifactRequest', 'DeleteArtifactResponse', async (request: Ids & { name: string }) => {
      ownRun(request);
      const artifact = finalized(request);
      artifacts.splice(artifacts.indexOf(artifact), 1);
      await azurite.container(ARTIFACT_CONTAINER).getBlobClient(artifact.blob).delete();
      return { ok: true, artifactId: String(artifact.id) };
    }),
  };
  return { methods, artifacts };
}

async function blobDigest(azurite: Azurite, blob: string): Promise<{ size: number; digest: string } | undefined> {
  try {
    const data = await azurite.container(ARTIFACT_CONTAINER).getBlobClient(blob).downloadToBuffer();
    return { size: data.length, digest: `sha256:${createHash('sha256').update(data).digest('hex')}` };
  } catch {
    return undefined;
  }
}
