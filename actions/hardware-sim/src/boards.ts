import { inputError } from '@archway/kit';

/** What a board lets a scenario observe or drive: serial always; pins on in-process emulators; an exit device. */
export type Capability = 'serial' | 'pins' | 'exit';

export interface Uart {
  name: string;
  /** Base address of the UART's registers (for the reader of a log, and for firmware authors). */
  address: number;
}

interface BoardBase {
  id: string;
  title: string;
  uarts: Uart[];
  observes: Capability[];
  /** Lines that mean the firmware crashed, checked on every line (the user's fail-text comes on top). */
  crashPatterns: string[];
}

/** A board QEMU emulates: the firmware really runs. */
export interface QemuBoard extends BoardBase {
  kind: 'qemu';
  binary: string;
  debianPackage: string;
  machine: string;
  /** How an ELF is handed over: -kernel (Arm, RISC-V) or -bios (AVR). */
  elfOption: '-kernel' | '-bios';
  /** Where a raw binary, or a hex / UF2 image without addresses of its own, is loaded. */
  loadAddress: number;
  /** The ELF e_machine the board's core runs (40 ARM, 243 RISC-V, 83 AVR). */
  elfMachine: number;
  memory: string;
}

/** A board emulated in-process from npm (rp2040js): pins are observable. */
export interface InProcessBoard extends BoardBase {
  kind: 'rp2040js';
  loadAddress: number;
  elfMachine: number;
  memory: string;
  /** GPIO names a scenario may use for the LED and the like. */
  pinAliases: Record<string, number>;
}

/** A board with no emulator here: a virtual device on a PTY, driven by a profile. */
export interface VirtualBoard extends BoardBase {
  kind: 'virtual';
  /** The built-in profile used when the `profile` input is empty. */
  defaultProfile?: string;
}

export type Board = QemuBoard | InProcessBoard | VirtualBoard;

const ARM = 40;
const RISCV = 243;
const AVR = 83;
const CORTEX_M_CRASH = ['/Hard ?Fault/i', '/\\bpanic\\b/i'];

function cortexM(id: string, title: string, machine: string, uart: Uart, memory: string, loadAddress = 0): QemuBoard {
  return {
    kind: 'qemu',
    id,
    title,
    binary: 'qemu-system-arm',
    debianPackage: 'qemu-system-arm',
    machine,
    elfOption: '-kernel',
    loadAddress,
    elfMachine: ARM,
    memory,
    uarts: [uart],
    // Semihosting SYS_EXIT ends qemu with the firmware's status.
    observes: ['serial', 'exit'],
    crashPatterns: CORTEX_M_CRASH,
  };
}

const STM32F1_USART1 = { name: 'USART1', address: 0x40013800 };
const STM32F2F4_USART1 = { name: 'USART1', address: 0x40011000 };
const CMSDK_UART0 = { name: 'UART0 (CMSDK APB)', address: 0x40004000 };
const AVR_USART0 = { name: 'USART0', address: 0xc0 };

const BOARDS: Board[] = [
  cortexM(
    'stm32vldiscovery',
    'STM32VLDISCOVERY (STM32F100, Cortex-M3)',
    'stm32vldiscovery',
    STM32F1_USART1,
    'flash 128 KiB at 0x08000000 (aliased at 0), SRAM 8 KiB at 0x20000000',
    0x08000000,
  ),
  cortexM(
    'netduinoplus2',
    'Netduino Plus 2 (STM32F405, Cortex-M4)',
    'netduinoplus2',
    STM32F2F4_USART1,
    'flash 1 MiB at 0x08000000 (aliased at 0), SRAM 128 KiB at 0x20000000',
    0x08000000,
  ),
  cortexM(
    'netduino2',
    'Netduino 2 (STM32F205, Cortex-M3)',
    'netduino2',
    STM32F2F4_USART1,
    'flash 1 MiB at 0x08000000 (aliased at 0), SRAM 128 KiB at 0x20000000',
    0x08000000,
  ),
  cortexM(
    'mps2-an385',
    'Arm MPS2 AN385 (Cortex-M3)',
    'mps2-an385',
    CMSDK_UART0,
    'code SSRAM 4 MiB at 0, SRAM at 0x20000000; vector table at 0',
  ),
  cortexM(
    'mps2-an386',
    'Arm MPS2 AN386 (Cortex-M4)',
    'mps2-an386',
    CMSDK_UART0,
    'code SSRAM 4 MiB at 0, SRAM at 0x20000000; vector table at 0',
  ),
  cortexM(
    'mps2-an500',
    'Arm MPS2 AN500 (Cortex-M7)',
    'mps2-an500',
    CMSDK_UART0,
    'code SSRAM 4 MiB at 0, SRAM at 0x20000000; vector table at 0',
  ),
  cortexM(
    'mps2-an505',
    'Arm MPS2+ AN505 (Cortex-M33, TrustZone)',
    'mps2-an505',
    { name: 'UART0 (CMSDK APB)', address: 0x40200000 },
    'secure code SSRAM at 0x10000000, vector table at 0x10000000',
    0x10000000,
  ),
  cortexM(
    'lm3s6965evb',
    'TI Stellaris LM3S6965EVB (Cortex-M3)',
    'lm3s6965evb',
    { name: 'UART0 (PL011)', address: 0x4000c000 },
    'flash 256 KiB at 0, SRAM 64 KiB at 0x20000000',
  ),
  cortexM(
    'microbit',
    'BBC micro:bit (nRF51822, Cortex-M0)',
    'microbit',
    { name: 'UART0 (nRF51)', address: 0x40002000 },
    'flash 256 KiB at 0, RAM 16 KiB at 0x20000000',
  ),
  {
    kind: 'qemu',
    id: 'sifive_e',
    title: 'SiFive HiFive1 (FE310, RV32IMAC)',
    binary: 'qemu-system-riscv32',
    debianPackage: 'qemu-system-misc',
    machine: 'sifive_e',
    elfOption: '-kernel',
    loadAddress: 0x20400000,
    elfMachine: RISCV,
    memory: 'SPI flash (XIP) at 0x20400000 where the reset code jumps, DTIM 16 KiB at 0x80000000',
    uarts: [
      { name: 'UART0', address: 0x10013000 },
      { name: 'UART1', address: 0x10023000 },
    ],
    observes: ['serial'],
    crashPatterns: ['/\\bpanic\\b/i', '/unhandled trap/i'],
  },
  ...(['uno', 'mega2560'] as const).map(
    (id): QemuBoard => ({
      kind: 'qemu',
      id,
      title: id === 'uno' ? 'Arduino Uno (ATmega328P)' : 'Arduino Mega 2560 (ATmega2560)',
      binary: 'qemu-system-avr',
      debianPackage: 'qemu-system-misc',
      machine: id,
      elfOption: '-bios',
      loadAddress: 0,
      elfMachine: AVR,
      memory: id === 'uno' ? 'flash 32 KiB at 0, SRAM 2 KiB' : 'flash 256 KiB at 0, SRAM 8 KiB',
      uarts:
        id === 'uno'
          ? [AVR_USART0]
          : [AVR_USART0, ...[1, 2, 3].map((n) => ({ name: `USART${n}`, address: [0xc8, 0xd0, 0x130][n - 1] as number }))],
      observes: ['serial'],
      crashPatterns: ['/\\bpanic\\b/i'],
    }),
  ),
  {
    kind: 'rp2040js',
    id: 'rp2040',
    title: 'Raspberry Pi Pico (RP2040, Cortex-M0+) in rp2040js',
    loadAddress: 0x10000000,
    elfMachine: ARM,
    memory: 'flash 16 MiB at 0x10000000 (vector table at its start, or after a 256-byte boot2), SRAM 264 KiB at 0x20000000; no bootrom',
    uarts: [
      { name: 'UART0', address: 0x40034000 },
      { name: 'UART1', address: 0x40038000 },
    ],
    observes: ['serial', 'pins'],
    crashPatterns: CORTEX_M_CRASH,
    pinAliases: { LED: 25 },
  },
  {
    kind: 'virtual',
    id: 'esp32',
    title: 'ESP32 (virtual device: no ESP32 emulator here)',
    defaultProfile: 'esp32',
    uarts: [{ name: 'UART0 (a PTY)', address: 0 }],
    observes: ['serial'],
    crashPatterns: ['/Guru Meditation Error/', '/abort\\(\\) was called/'],
  },
  {
    kind: 'virtual',
    id: 'virtual',
    title: 'Virtual serial device from a profile',
    uarts: [{ name: 'a PTY', address: 0 }],
    observes: ['serial'],
    crashPatterns: [],
  },
];

const ALIASES: Record<string, string> = {
  pico: 'rp2040',
  'arduino-uno': 'uno',
  hifive1: 'sifive_e',
  an385: 'mps2-an385',
  an386: 'mps2-an386',
  an500: 'mps2-an500',
  an505: 'mps2-an505',
};

export const BOARD_IDS = BOARDS.map((b) => b.id);

export function findBoard(name: string, input: string): Board {
  const id = ALIASES[name.toLowerCase()] ?? name.toLowerCase();
  const board = BOARDS.find((b) => b.id === id);
  if (!board) throw inputError(input, name, `unknown board; expected one of ${BOARD_IDS.join(', ')}`);
  return board;
}

export function supports(board: Board, capability: Capability): boolean {
  return board.observes.includes(capability);
}
