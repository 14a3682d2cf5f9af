import type { InputSpec } from '@archway/kit';
import { parseYaml, structured, validate } from '@archway/kit/structured';

/**
 * A YAML list input. Like the kit's structured() (inline YAML/JSON or a file path), except that a
 * one-item block list — which trims to a single line such as `- Linux version` — is read as YAML, not as
 * the name of a file.
 */
export function yamlList<T>(schema: Record<string, unknown>): InputSpec<T[]> {
  const general = structured<T[]>({ schema });
  return {
    kind: 'structured',
    async parse(raw, name) {
      const trimmed = raw.trim();
      if (!trimmed.includes('\n') && trimmed.startsWith('- ')) {
        return validate<T[]>(await parseYaml(trimmed, `Input '${name}'`), schema, `Input '${name}'`);
      }
      return (await general.parse(raw, name)) ?? [];
    },
  };
}
