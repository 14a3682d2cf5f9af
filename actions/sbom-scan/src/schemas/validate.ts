import type { default as Ajv, ErrorObject, ValidateFunction } from 'ajv';

type Schema = Record<string, unknown>;
export type DocumentKind = 'CycloneDX 1.6' | 'SPDX 2.3' | 'SARIF 2.1.0';

const compiled = new Map<DocumentKind, ValidateFunction>();

/** A JSON text of a value with object keys sorted, so equal values (in JSON Schema's sense) give equal texts. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * ajv checks `uniqueItems` by comparing every pair of items, which takes minutes for the components of a
 * 10,000-package SBOM; the same rule checked through a set of canonical texts is linear. The schema is
 * copied with each `uniqueItems` renamed to this keyword.
 */
const UNIQUE_ITEMS = 'x-unique-items';

function withLinearUniqueItems(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withLinearUniqueItems);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node as Record<string, unknown>).map(([k, v]) => [k === 'uniqueItems' ? UNIQUE_ITEMS : k, withLinearUniqueItems(v)]),
  );
}

function addLinearUniqueItems(ajv: Pick<Ajv, 'addKeyword'>): void {
  ajv.addKeyword({
    keyword: UNIQUE_ITEMS,
    type: 'array',
    schemaType: 'boolean',
    errors: false,
    validate: (unique: boolean, data: unknown[]) => !unique || new Set(data.map(canonical)).size === data.length,
  });
}

/**
 * The official JSON schemas of what this action writes: CycloneDX 1.6 (with its SPDX licence list and
 * JSF), SPDX 2.3 and SARIF 2.1.0 (draft-04, hence its own ajv). Loaded only when a document is checked.
 */
async function validator(kind: DocumentKind): Promise<ValidateFunction> {
  const cached = compiled.get(kind);
  if (cached) return cached;
  const { default: addFormats } = await import('ajv-formats');
  let check: ValidateFunction;
  if (kind === 'SARIF 2.1.0') {
    const { default: AjvDraft04 } = await import('ajv-draft-04');
    const schema = (await import('./sarif-2.1.0.schema.json', { with: { type: 'json' } })).default as Schema;
    const ajv = new AjvDraft04({ allErrors: true, strict: false });
    addFormats(ajv);
    addLinearUniqueItems(ajv);
    check = ajv.compile(withLinearUniqueItems(schema) as Schema);
  } else {
    const { default: Ajv } = await import('ajv');
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    addLinearUniqueItems(ajv);
    // Internationalised forms of formats ajv-formats knows; CycloneDX uses them for URLs and e-mails.
    for (const format of ['iri', 'iri-reference', 'idn-email', 'idn-hostname']) ajv.addFormat(format, true);
    if (kind === 'CycloneDX 1.6') {
      ajv.addSchema(withLinearUniqueItems((await import('./cyclonedx-spdx.schema.json', { with: { type: 'json' } })).default) as Schema);
      ajv.addSchema(withLinearUniqueItems((await import('./jsf-0.82.schema.json', { with: { type: 'json' } })).default) as Schema);
      check = ajv.compile(withLinearUniqueItems((await import('./bom-1.6.schema.json', { with: { type: 'json' } })).default) as Schema);
    } else {
      check = ajv.compile(withLinearUniqueItems((await import('./spdx-2.3.schema.json', { with: { type: 'json' } })).default) as Schema);
    }
  }
  compiled.set(kind, check);
  return check;
}

/** The schema's complaints about a document, empty when it is valid. */
export async function schemaErrors(kind: DocumentKind, document: unknown): Promise<string[]> {
  const check = await validator(kind);
  if (check(document)) return [];
  return (check.errors ?? []).slice(0, 5).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

/** Refuse to write a document its schema rejects; that is a bug here, named with the schema's words. */
export async function assertValid(kind: DocumentKind, document: unknown): Promise<void> {
  const errors = await schemaErrors(kind, document);
  if (errors.length > 0) throw new Error(`the ${kind} document does not validate against its schema: ${errors.join('; ')}`);
}
