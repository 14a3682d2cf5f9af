import { BOOT_TIMINGS_FORMAT, type BootTimings, bootTimingsSchema } from '@archway/kit/contracts/boot-timings';
import { validate } from '@archway/kit/structured';
import type { FormatReader } from './format.ts';

/** qemu-boot-test's boot timings. */
export const bootReader: FormatReader = {
  formats: [BOOT_TIMINGS_FORMAT],
  what: 'qemu-boot-test boot timings',
  async read(value, file, into) {
    const boot = await validate<BootTimings>(value, bootTimingsSchema, `The boot timings ${file}`);
    into.boots.push({
      file,
      arch: boot.arch,
      machine: boot.machine,
      result: boot.result,
      totalSeconds: boot.totalSeconds,
      milestones: boot.milestones,
    });
  },
};
