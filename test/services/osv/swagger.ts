import { readFileSync } from 'node:fs';
import path from 'node:path';

type Schema = { type?: string; $ref?: string; properties?: Record<string, Schema>; items?: Schema; enum?: string[]; format?: string };

let definitions: Record<string, Schema> | undefined;

/** OSV's published OpenAPI (Swagger 2.0) description, from google/osv.dev docs/osv_service_v1.swagger.json. */
function load(): Record<string, Schema> {
  definitions ??= (
    JSON.parse(readFileSync(path.join(import.meta.dirname, 'osv_service_v1.swagger.json'), 'utf8')) as {
      definitions: Record<string, Schema>;
    }
  ).definitions;
  return definitions;
}

/**
 * Problems of a value against one definition. Unknown fields are problems too: the API is a protobuf
 * service whose JSON mapping refuses fields it does not know.
 */
export function checkAgainst(definition: string, value: unknown, at = ''): string[] {
  return walk(load()[definition] ?? {}, value, at || '/');
}

function walk(schema: Schema, value: unknown, at: string): string[] {
  if (schema.$ref) return walk(load()[schema.$ref.replace('#/definitions/', '')] ?? {}, value, at);
  if (value === undefined || value === null) return [];
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return [`${at} is not an object`];
      if (!schema.properties) return [];
      return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
        schema.properties?.[k]
          ? walk(schema.properties[k] as Schema, v, `${at}${at.endsWith('/') ? '' : '/'}${k}`)
          : [`unknown field '${k}' at ${at}`],
      );
    }
    case 'array':
      return Array.isArray(value) ? value.flatMap((v, i) => walk(schema.items ?? {}, v, `${at}/${i}`)) : [`${at} is not an array`];
    case 'string':
      if (typeof value !== 'string') return [`${at} is not a string`];
      return schema.enum && !schema.enum.includes(value) ? [`${at} is '${value}', not one of ${schema.enum.join(', ')}`] : [];
    case 'integer':
    case 'number':
      return typeof value === 'number' || (schema.format === 'int64' && typeof value === 'string') ? [] : [`${at} is not a number`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at} is not a boolean`];
    default:
      return [];
  }
}
