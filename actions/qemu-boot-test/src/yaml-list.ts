import { type InputSpec, inputError } from '@archway/kit';

/**
 * A YAML list input: inline YAML, or the path of a file. Read through the kit, with one check before the
 * schema's: the YAML trap of an unquoted `- login:` (a mapping, not text) gets a plain explanation.
 */
export function yamlList<T>(schema: Record<string, unknown>): InputSpec<T[]> {
  return {
    kind: 'structured',
    async parse(raw, name) {
      if (raw.trim() === '') return [];
      // yaml and ajv load only when an input has a value: an empty run starts fast.
      const { readStructured, validate } = await import('@archway/kit/structured');
      const { value, label } = await readStructured(raw, name);
      if (Array.isArray(value)) {
        for (const item of value) {
          const keys = item && typeof item === 'object' ? Object.entries(item) : [];
          if (keys.length === 1 && keys[0]?.[1] === null) {
            throw inputError(
              name,
              `- ${keys[0][0]}:`,
              `YAML reads this item as a mapping; quote text that ends with a colon: - "${keys[0][0]}:"`,
            );
          }
        }
      }
      return validate<T[]>(value, schema, label);
    },
  };
}
