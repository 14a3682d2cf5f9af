import { defineOutputs, type InputSpec, input, inputError } from '@archway/kit';
import { isPackageName } from '@archway/kit/apt';
import { parseTargets } from './resolve.ts';
import type { Target } from './targets.ts';

const targets: InputSpec<Target[]> = { kind: 'list', parse: (raw, name) => parseTargets(raw, name) };

const packages = input.list({
  separator: /[,\s]+/,
  item(value, name) {
    if (!isPackageName(value)) {
      throw inputError(name, value, 'expected Debian package names such as libssl-dev, or name:arch such as libssl-dev:arm64');
    }
    return value;
  },
});

export const inputs = {
  targets,
  packages,
  runner: input.requiredChoice(['auto', 'qemu-user', 'native', 'none']),
  binfmt: input.boolean(),
  'bare-metal-libc': input.requiredChoice(['auto', 'newlib', 'picolibc']),
  rust: input.boolean(),
  verify: input.boolean(),
  cache: input.boolean(),
};

export const outputs = defineOutputs([
  'targets',
  'target',
  'cc',
  'cxx',
  'ar',
  'sysroot',
  'runner',
  'cmake-toolchain-file',
  'meson-cross-file',
  'installed-packages',
  'downloaded-packages',
  'cache-hit',
]);
