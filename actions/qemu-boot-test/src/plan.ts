import { closeSync, openSync, readSync } from 'node:fs';
import { ConfigurationError, type Inputs, inputError } from '@archway/kit';
import { checkUserFile } from '@archway/kit/files';
import type { Preset } from './arch.ts';
import type { inputs, ScriptItem } from './contract.ts';
import { exitConvention } from './exit-device.ts';
import { kernelErrors, kernelWarnings } from './kernel-errors.ts';
import { parsePattern } from './patterns.ts';
import { type ExitConvention, type LineRule, type Milestone, patternRule, problemRule, type ScriptStep } from './session-types.ts';

/** Everything a boot needs, checked: files exist, patterns compile, options fit the architecture. */
export interface BootPlan {
  preset: Preset;
  machine: string;
  cpu?: string;
  memory: string;
  smp: number;
  kernel?: string;
  initrd?: string;
  dtb?: string;
  append?: string;
  bios?: string;
  disk?: { file: string; format: 'raw' | 'qcow2' };
  exitArgs: readonly string[];
  extraArgs: string[];
  milestones: Milestone[];
  steps: ScriptStep[];
  failOn: LineRule[];
  warnOn: LineRule[];
  exit?: ExitConvention;
  until: 'milestones' | 'exit';
  timeoutMs: number;
  retries: number;
  accel: 'auto' | 'kvm' | 'tcg';
  upload: boolean;
  artifactName: string;
}

/** The image files to boot, resolved and checked through the kit (inside the workspace or RUNNER_TEMP). */
export interface BootImages {
  kernel?: string;
  initrd?: string;
  dtb?: string;
  bios?: string;
  disk?: string;
}

const IMAGE_INPUTS = ['kernel', 'initrd', 'dtb', 'bios', 'disk'] as const;

export async function resolveImages(given: Inputs<typeof inputs>): Promise<BootImages> {
  const images: BootImages = {};
  for (const name of IMAGE_INPUTS) {
    const value = given[name];
    if (!value) continue;
    images[name] = await checkUserFile(name, value, {
      roots: ['workspace', 'runner-temp'],
      allowOutside: given.allowOutsideWorkspace,
      what: 'image',
    });
  }
  return images;
}

export function makePlan(given: Inputs<typeof inputs>, images: BootImages): BootPlan {
  const { kernel, bios, disk } = images;
  if (!kernel && !bios && !disk && given.qemuArgs.length === 0) {
    throw new ConfigurationError(
      "Inputs 'kernel', 'disk' and 'bios' are all empty: give at least one of them (a kernel, a disk image or firmware) to boot",
    );
  }
  for (const [name, value] of [
    ['initrd', given.initrd],
    ['dtb', given.dtb],
    ['append', given.append],
  ] as const) {
    if (value && !kernel) throw inputError(name, value, "needs 'kernel' (qemu hands it to a kernel loaded with -kernel)");
  }
  const preset = given.arch;
  const { convention, args: exitArgs } = exitConvention(given.exitDevice, preset.arch, given.successExitCode);
  const milestones = given.expect.map((item, i) => milestone(item, i));
  const steps = given.script.map((item, i) => scriptStep(item, i));
  const failOn = given.failOn.map((source) => patternRule(parsePattern(source, 'fail-on')));
  if (given.detectKernelErrors) failOn.push(...kernelErrors.map(problemRule));
  const until =
    given.until === 'auto' ? (convention || (milestones.length === 0 && steps.length === 0) ? 'exit' : 'milestones') : given.until;
  return {
    preset,
    machine: given.machine || preset.machine,
    cpu: given.cpu || undefined,
    memory: given.memory || '512M',
    smp: given.smp,
    kernel,
    initrd: images.initrd,
    dtb: images.dtb,
    append: kernel ? withConsole(given.append, preset.console) : undefined,
    bios,
    disk: disk ? { file: disk, format: diskFormat(disk) } : undefined,
    exitArgs,
    extraArgs: given.qemuArgs.map(String),
    milestones,
    steps,
    failOn,
    warnOn: given.detectKernelErrors ? kernelWarnings.map(problemRule) : [],
    exit: convention,
    until,
    timeoutMs: given.timeout * 1000,
    retries: given.retries,
    accel: given.accel,
    upload: given.upload,
    artifactName: given.artifactName,
  };
}

/** The preset's console argument, unless the user chose a console. */
function withConsole(append: string, console: string): string {
  if (/(^|\s)console=/.test(append)) return append;
  return `console=${console}${append ? ` ${append}` : ''}`;
}

/** qcow2 images start with "QFI\xfb"; anything else is handed to qemu as raw (never guessed by qemu). */
export function diskFormat(file: string): 'raw' | 'qcow2' {
  const head = Buffer.alloc(4);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  return head.equals(Buffer.from([0x51, 0x46, 0x49, 0xfb])) ? 'qcow2' : 'raw';
}

function milestone(item: string | { name?: string; match: string; timeout?: number }, index: number): Milestone {
  const spec = typeof item === 'string' ? { match: item } : item;
  const pattern = parsePattern(spec.match, 'expect');
  return { name: spec.name ?? (spec.match || `milestone ${index + 1}`), pattern, timeoutMs: spec.timeout && spec.timeout * 1000 };
}

function scriptStep(item: ScriptItem, index: number): ScriptStep {
  if (item.wait === undefined && item.send === undefined && item.expect === undefined) {
    throw inputError('script', JSON.stringify(item), `step ${index + 1} does nothing: give it at least one of wait, send, expect`);
  }
  const fail = item.fail === undefined ? [] : Array.isArray(item.fail) ? item.fail : [item.fail];
  const summary = item.send !== undefined ? `send '${item.send}'` : item.wait ? `wait for '${item.wait}'` : `expect '${item.expect}'`;
  return {
    name: item.name ?? `${index + 1}: ${summary}`,
    wait: item.wait === undefined ? undefined : parsePattern(item.wait, 'script'),
    send: item.send,
    newline: item.newline ?? '\n',
    expect: item.expect === undefined ? undefined : parsePattern(item.expect, 'script'),
    fail: fail.map((f) => parsePattern(f, 'script')),
    timeoutMs: item.timeout && item.timeout * 1000,
  };
}
