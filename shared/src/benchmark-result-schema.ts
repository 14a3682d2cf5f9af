import schema from './benchmark-result.schema.json' with { type: 'json' };

/** benchmark-result.schema.json, importable as '@archway/kit/benchmark-result-schema' for validate(). */
export const benchmarkResultSchema: Record<string, unknown> = schema;
