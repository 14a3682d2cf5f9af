import { HARDWARE_SIM_RESULT_FORMAT, type HardwareSimResult, hardwareSimResultSchema } from '@archway/kit/contracts/hardware-sim-result';
import { validate } from '@archway/kit/structured';
import type { FormatReader } from './format.ts';

/** hardware-sim's result. */
export const hardwareReader: FormatReader = {
  formats: [HARDWARE_SIM_RESULT_FORMAT],
  what: 'hardware-sim result',
  async read(value, file, into) {
    const sim = await validate<HardwareSimResult>(value, hardwareSimResultSchema, `The hardware-sim result ${file}`);
    into.hardware.push({
      file,
      result: sim.result,
      boards: sim.boards.map((b) => ({
        board: b.board,
        result: b.result,
        failedSteps: b.steps
          .filter((s) => s.status === 'failed')
          .map((s) => ({ name: s.name, ...(s.message ? { message: s.message } : {}) })),
      })),
    });
  },
};
