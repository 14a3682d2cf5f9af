import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string;
  'deprecation-message'?: string;
}

export interface ActionMetadata {
  name: string;
  description?: string;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description?: string; value?: string }>;
  runs: { using: string; main: string; pre?: string; post?: string; 'pre-if'?: string; 'post-if'?: string };
  branding?: { icon?: string; color?: string };
}

export function readActionYml(actionDir: string): ActionMetadata {
  const file = ['action.yml', 'action.yaml']
    .map((f) => path.join(actionDir, f))
    .find((f) => {
      try {
        readFileSync(f);
        return true;
      } catch {
        return false;
      }
    });
  if (!file) throw new Error(`no action.yml in ${actionDir}`);
  const meta = parse(readFileSync(file, 'utf8')) as ActionMetadata;
  meta.inputs ??= {};
  meta.outputs ??= {};
  return meta;
}

/** The runner's env name for an input: spaces become '_', upper-cased; hyphens stay. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
