import { inputError } from '@archway/kit';
import type { InProcessBoard } from './boards.ts';
import type { FirmwareImage } from './firmware.ts';
import type { BoardLink, PinAccess } from './link.ts';

const FLASH = 0x10000000;
const FLASH_SIZE = 16 * 1024 * 1024;
const SRAM = 0x20000000;
const SRAM_END = 0x20042000;
// UARTFR.RXFF: the emulated receive FIFO holds 32 bytes; more would be lost, so input waits for room.
const RXFF = 1 << 6;

/**
 * The RP2040 in-process (rp2040js), without a bootrom: the image goes into flash and the core starts at
 * its vector table, which sits at the start of flash or after a pico-sdk boot2 block (256 bytes).
 */
export async function startRp2040(board: InProcessBoard, image: FirmwareImage, file: string): Promise<BoardLink> {
  const { Simulator, GPIOPinState } = await import('rp2040js');
  const simulator = new Simulator();
  const mcu = simulator.rp2040;
  for (const segment of image.segments) {
    const offset = segment.address - FLASH;
    if (offset < 0 || offset + segment.data.length > FLASH_SIZE) {
      throw inputError(
        'firmware',
        file,
        `a piece of the image lies at 0x${segment.address.toString(16)}, outside ${board.id}'s flash (0x10000000, 16 MiB)`,
      );
    }
    mcu.flash.set(segment.data, offset);
  }
  const isStack = (word: number) => word > SRAM && word <= SRAM_END;
  const vtor = isStack(mcu.readUint32(FLASH)) ? FLASH : isStack(mcu.readUint32(FLASH + 0x100)) ? FLASH + 0x100 : undefined;
  if (vtor === undefined)
    throw inputError('firmware', file, `no vector table at 0x10000000 or 0x10000100 (the first word must be a stack pointer in SRAM)`);
  mcu.core.VTOR = vtor;
  mcu.core.SP = mcu.readUint32(vtor);
  mcu.core.PC = mcu.readUint32(vtor + 4) & ~1;

  const uart = mcu.uart[0] as NonNullable<(typeof mcu.uart)[0]>;
  const dataListeners: ((data: Buffer) => void)[] = [];
  // Bytes sent before anyone listens (the banner) are kept for the first listener, as a pipe would.
  const early: number[] = [];
  uart.onByte = (value: number) => {
    if (dataListeners.length === 0) return void early.push(value);
    const byte = Buffer.of(value);
    for (const listener of dataListeners) listener(byte);
  };
  const pending: number[] = [];
  const feeder = setInterval(() => {
    while (pending.length > 0 && !(uart.flags & RXFF)) uart.feedByte(pending.shift() as number);
  }, 1);

  const level = (state: number): number | undefined =>
    state === GPIOPinState.High || state === GPIOPinState.InputPullUp
      ? 1
      : state === GPIOPinState.Low || state === GPIOPinState.InputPullDown
        ? 0
        : undefined;
  const pinListeners: ((pin: number, value: number | undefined) => void)[] = [];
  mcu.gpio.forEach((gpio, index) => {
    gpio.addListener((state) => {
      for (const l of pinListeners) l(index, level(state));
    });
  });
  const pins: PinAccess = {
    read: (pin) => level(mcu.gpio[pin]?.value ?? GPIOPinState.Input),
    set: (pin, value) => mcu.gpio[pin]?.setInputValue(value !== 0),
    onChange: (listener) => void pinListeners.push(listener),
    resolve(name) {
      const text = String(name).toUpperCase();
      const pin = board.pinAliases[text] ?? Number(/^(?:GP|GPIO)?(\d+)$/.exec(text)?.[1] ?? Number.NaN);
      return Number.isInteger(pin) && pin >= 0 && pin < mcu.gpio.length ? pin : undefined;
    },
  };

  // The first slice of execution runs once the caller has attached its listeners.
  const starter = setImmediate(() => simulator.execute());
  return {
    command: [],
    pins,
    write: (data) => void pending.push(...data),
    onData(listener) {
      dataListeners.push(listener);
      if (early.length > 0) listener(Buffer.from(early.splice(0)));
    },
    onExit: () => undefined,
    async stop() {
      clearImmediate(starter);
      clearInterval(feeder);
      simulator.stop();
    },
  };
}
