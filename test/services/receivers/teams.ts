import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type HttpReceiver, jsonBody, startHttpReceiver } from './receiver.ts';

const SCHEMA_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/notify/adaptive-card-1.4.schema.json');

export interface TeamsReceiver extends HttpReceiver {
  webhookUrl: string;
  /** The Adaptive Cards received (the `content` of each attachment). */
  cards: Record<string, unknown>[];
}

let validator: Promise<(card: unknown) => string[]> | undefined;

/** A validator for Adaptive Card 1.4, from the schema the AdaptiveCards project publishes (JSON Schema draft-06). */
export function adaptiveCardValidator(): Promise<(card: unknown) => string[]> {
  validator ??= (async () => {
    const { default: Ajv } = await import('ajv');
    const { default: addFormats } = await import('ajv-formats');
    const draft06 = (await import('ajv/dist/refs/json-schema-draft-06.json', { with: { type: 'json' } })).default;
    // The schema carries its own annotation keywords (version, features): not strict about those.
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addMetaSchema(draft06);
    addFormats(ajv);
    // Draft-06 names the schema with `id`; ajv 8 knows only `$id` (the same meaning).
    const { id, ...schema } = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
    const check = ajv.compile({ $id: typeof id === 'string' ? id : undefined, ...schema });
    return (card: unknown) => (check(card) ? [] : (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`));
  })();
  return validator;
}

/**
 * A Teams Workflows ("When a Teams webhook request is received") endpoint: a message with Adaptive Card
 * attachments, each card checked against the Adaptive Card 1.4 schema and its version; 202 Accepted.
 */
export async function startTeams(): Promise<TeamsReceiver> {
  const sig = randomBytes(16).toString('base64url');
  const cards: Record<string, unknown>[] = [];
  const validate = await adaptiveCardValidator();
  const receiver = await startHttpReceiver(({ method, path, query, body }) => {
    if (method !== 'POST' || path !== '/workflows/abc123/triggers/manual/paths/invoke' || query.get('sig') !== sig) {
      return { status: 401, body: { error: { code: 'DirectApiAuthorizationRequired', message: 'The request must be authenticated' } } };
    }
    const payload = jsonBody(body) as
      | { type?: string; attachments?: { contentType?: string; content?: Record<string, unknown> }[] }
      | undefined;
    const bad = (message: string) => ({ status: 400, body: { error: { code: 'InvalidRequestContent', message } } });
    if (payload?.type !== 'message') return bad("The payload must be {type: 'message', attachments: [...]}");
    if (!Array.isArray(payload.attachments) || payload.attachments.length === 0) return bad('attachments are required');
    for (const attachment of payload.attachments) {
      if (attachment.contentType !== 'application/vnd.microsoft.card.adaptive')
        return bad(`unsupported contentType ${attachment.contentType}`);
      const problems = validate(attachment.content);
      if (problems.length > 0) return bad(`AdaptiveCard is invalid: ${problems.slice(0, 3).join('; ')}`);
      if (attachment.content?.type !== 'AdaptiveCard' || Number(attachment.content?.version) > 1.5)
        return bad('AdaptiveCard version unsupported');
    }
    for (const attachment of payload.attachments) cards.push(attachment.content as Record<string, unknown>);
    return { status: 202 };
  });
  return Object.assign(receiver, {
    webhookUrl: `${receiver.url}/workflows/abc123/triggers/manual/paths/invoke?api-version=1&sig=${sig}`,
    cards,
  });
}
