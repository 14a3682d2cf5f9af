import { writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { ConfigurationError, startProcess } from '@archway/kit';
import { trackForPost } from '@archway/kit/leftover-processes';
import { findOnPath } from '@archway/kit/process';
import type { QemuBoard } from './boards.ts';
import type { FirmwareImage } from './firmware.ts';
import type { BoardLink } from './link.ts';

/** The qemu-system binary for the board, installed from Debian's packages when it is missing. */
export async function ensureQemu(board: QemuBoard): Promise<string> {
  const found = findOnPath(board.binary);
  if (found) return found;
  if (!findOnPath('apt-get')) {
    throw new ConfigurationError(
      `${board.binary} is not on PATH and apt-get is not available to install it: install ${board.debianPackage} first`,
    );
  }
  core.info(`${board.binary} is missing: installing the Debian package ${board.debianPackage}`);
  const { aptInstall } = await import('@archway/kit/apt');
  await aptInstall([board.debianPackage]);
  const installed = findOnPath(board.binary);
  if (!installed) throw new Error(`${board.debianPackage} was installed but ${board.binary} is still not on PATH`);
  return installed;
}

/**
 * qemu's arguments for a board and image. An ELF goes in as the board's own loader expects (-kernel or
 * -bios), an Intel hex file through qemu's generic loader (which reads hex itself), anything else as raw
 * pieces at their addresses: written into `dir` so the rerun command works from the artifact.
 */
export function qemuArgs(board: QemuBoard, image: FirmwareImage, file: string, dir: string): string[] {
  const args = ['-machine', board.machine, '-display', 'none', '-monitor', 'none', '-serial', 'stdio'];
  if (board.observes.includes('exit')) args.push('-semihosting-config', 'enable=on,target=native');
  if (image.format === 'elf') return [...args, board.elfOption, file];
  if (board.elfOption === '-bios') return [...args, '-bios', flatImage(image, board, dir)];
  if (image.format === 'ihex') return [...args, '-device', `loader,file=${file}`];
  if (image.format === 'bin') return [...args, '-device', `loader,file=${file},addr=0x${board.loadAddress.toString(16)},force-raw=on`];
  return [
    ...args,
    ...image.segments.flatMap((segment, i) => {
      const piece = path.join(dir, `firmware-${i}-0x${segment.address.toString(16)}.bin`);
      writeFileSync(piece, segment.data);
      return ['-device', `loader,file=${piece},addr=0x${segment.address.toString(16)},force-raw=on`];
    }),
  ];
}

/** One binary from the load address up, gaps erased (0xff) as flash is: what -bios takes on AVR. */
function flatImage(image: FirmwareImage, board: QemuBoard, dir: string): string {
  const end = Math.max(...image.segments.map((s) => s.address + s.data.length));
  const flat = Buffer.alloc(end - board.loadAddress, 0xff);
  for (const s of image.segments) flat.set(s.data, s.address - board.loadAddress);
  const file = path.join(dir, 'firmware-flat.bin');
  writeFileSync(file, flat);
  return file;
}

/** Start qemu with the board's first UART on stdio; the process goes through the kit (killed on any exit). */
export function startQemu(binary: string, args: string[], cwd: string): BoardLink {
  const proc = startProcess(binary, args, { cwd, killGraceMs: 500 });
  trackForPost(proc.pid);
  const stderr: string[] = [];
  proc.child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')));
  return {
    command: [path.basename(binary), ...args],
    write: (data) => void proc.child.stdin?.write(data),
    onData: (listener) => void proc.child.stdout?.on('data', listener),
    onExit(listener) {
      proc.exited.then(
        (r) => {
          const detail = stderr.join('').trim().split('\n').slice(-3).join(' / ');
          listener(`${path.basename(binary)} exited with status ${r.exitCode ?? r.signal}${detail ? `: ${detail}` : ''}`, r.exitCode);
        },
        (error: Error) => listener(`${path.basename(binary)} could not start: ${error.message}`, null),
      );
    },
    stop: async () => void (await proc.stop()),
  };
}
