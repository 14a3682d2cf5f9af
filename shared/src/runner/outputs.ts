import * as core from '@actions/core';
import { redact } from './secrets.ts';

/**
 * The outputs an action declares in action.yml, as a typed setter. Objects and arrays are written as
 * JSON so downstream steps can use fromJSON().
 */
export function defineOutputs<const N extends string>(names: readonly N[]) {
  return {
    names,
    set(name: N, value: string | number | boolean | object): void {
      // A secret that reached a report's text (a token in a failure message) is not handed on.
      core.setOutput(name, redact(typeof value === 'string' ? value : JSON.stringify(value)));
    },
  };
}

export type Outputs<N extends string> = ReturnType<typeof defineOutputs<N>>;
