/** GPIO of an in-process emulator, by pin number. */
export interface PinAccess {
  /** 1 high, 0 low; undefined for a floating input. */
  read(pin: number): number | undefined;
  /** Drive an input pin from outside, as a button or a sensor would. */
  set(pin: number, value: number): void;
  onChange(listener: (pin: number, value: number | undefined) => void): void;
  /** A pin named in a scenario ("GP25", "25", "LED"), or undefined. */
  resolve(name: string | number): number | undefined;
}

/**
 * A running board, whatever runs it (qemu, rp2040js, a virtual device): its first UART as a byte stream,
 * and its pins when the emulator exposes them.
 */
export interface BoardLink {
  /** The command line to rerun it by hand (empty for an in-process emulator). */
  readonly command: string[];
  /** Host-side path of a virtual device's port. */
  readonly device?: string;
  readonly pins?: PinAccess;
  write(data: Uint8Array): void;
  onData(listener: (data: Buffer) => void): void;
  /** The board stopped by itself (the emulator exited or crashed). */
  onExit(listener: (reason: string, exitCode: number | null) => void): void;
  stop(): Promise<void>;
}
