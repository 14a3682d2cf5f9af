import * as core from '@actions/core';

/**
 * The outputs an action declares in action.yml, as a typed setter. Objects and arrays are written as
 * JSON so downstream steps can use fromJSON().
 */
export function defineOutputs<const N extends string>(names: readonly N[]) {
  return {
    names,
    set(name: N, value: string | number | boolean | object): void {
      core.setOutput(name, typeof value === 'string' ? value : JSON.stringify(value));
    },
  };
}

export type Outputs<N extends string> = ReturnType<typeof defineOutputs<N>>;
