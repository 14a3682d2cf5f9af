import * as core from '@actions/core';
import { ConfigurationError, errorMessage } from '@archway/kit';

export interface Subject {
  name: string;
  digest: { sha256: string };
}

export interface ProvenanceResult {
  attested: boolean;
  attestationId?: string;
  /** Why nothing was attested, for the summary. */
  reason?: string;
}

/** The job can sign: `id-token: write` gives the step an OIDC token request URL. */
export function hasIdToken(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}

const PERMISSIONS = 'permissions: id-token: write and attestations: write';

/** Refuse `provenance: true` before anything is uploaded when the job cannot sign. */
export function checkProvenancePermissions(mode: 'auto' | 'true' | 'false'): void {
  if (mode === 'true' && !hasIdToken()) {
    throw new ConfigurationError(
      `Input 'provenance' is 'true', but the job has no OIDC token: give it ${PERMISSIONS} (or set provenance: auto to skip it with a notice)`,
    );
  }
}

/**
 * A SLSA v1 build provenance statement over the subjects' digests, signed with a Sigstore certificate
 * for the job's OIDC identity and stored in the repository's attestations (actions/attest's library).
 */
export async function attestSubjects(
  mode: 'auto' | 'true' | 'false',
  subjects: readonly Subject[],
  token: string,
): Promise<ProvenanceResult> {
  if (mode === 'false' || subjects.length === 0) return { attested: false, reason: mode === 'false' ? 'provenance: false' : 'no assets' };
  if (!hasIdToken()) {
    const reason = `no provenance: the job lacks ${PERMISSIONS}`;
    core.notice(`Build provenance was not attested: give the job ${PERMISSIONS} to sign the assets' provenance`);
    return { attested: false, reason };
  }
  const { attestProvenance } = await import('@actions/attest');
  try {
    const attestation = await attestProvenance({ subjects: subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })), token });
    core.info(
      `Attested build provenance for ${subjects.length} asset(s)${attestation.attestationID ? ` (attestation ${attestation.attestationID})` : ''}`,
    );
    return { attested: true, attestationId: attestation.attestationID };
  } catch (error) {
    const message = `Attesting build provenance failed: ${errorMessage(error)} (it needs ${PERMISSIONS})`;
    if (mode === 'true') throw new ConfigurationError(message);
    core.warning(message);
    return { attested: false, reason: message };
  }
}
