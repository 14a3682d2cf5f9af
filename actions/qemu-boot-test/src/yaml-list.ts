import { type InputSpec, inputError } from '@archway/kit';

/**
 * A YAML list input: inline YAML, or the path of a file (through the kit's structured()). Inline text is
 * read here so that a one-item block list — which trims to one line, `- Linux version` — is not taken for
 * a file name, and so that the YAML trap of an unquoted `- login:` (a mapping) gets a plain explanation.
 */
export function yamlList<T>(schema: Record<string, unknown>): InputSpec<T[]> {
  return {
    kind: 'structured',
    async parse(raw, name) {
      const trimmed = raw.trim();
      if (trimmed === '') return [];
      // yaml and ajv load only when an input has a value: an empty run starts fast.
      const { parseYaml, structured, validate } = await import('@archway/kit/structured');
      if (!trimmed.includes('\n') && !/^(- |\[)/.test(trimmed)) return (await structured<T[]>({ schema }).parse(raw, name)) ?? [];
      const value = await parseYaml(raw, `Input '${name}'`);
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
      return validate<T[]>(value, schema, `Input '${name}'`);
    },
  };
}
