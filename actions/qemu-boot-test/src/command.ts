import type { Accel } from './arch.ts';
import type { BootPlan } from './plan.ts';

/**
 * The qemu command line for a plan: the serial console on stdio (nothing else: no display, no monitor,
 * no default devices), no reboot (a reboot ends the run, as a panic with panic=-1 does), then the
 * user's own arguments last so they can override.
 */
export function qemuCommand(plan: BootPlan, accel: Accel): { binary: string; args: string[] } {
  const cpu = plan.cpu ?? plan.preset.cpu[accel];
  const args = ['-machine', plan.machine, '-accel', accel];
  if (cpu) args.push('-cpu', cpu);
  args.push('-m', plan.memory, '-smp', String(plan.smp));
  args.push('-nodefaults', '-display', 'none', '-monitor', 'none', '-serial', 'stdio', '-no-reboot');
  if (plan.bios) args.push('-bios', plan.bios);
  if (plan.kernel) args.push('-kernel', plan.kernel);
  if (plan.initrd) args.push('-initrd', plan.initrd);
  if (plan.dtb) args.push('-dtb', plan.dtb);
  if (plan.append !== undefined) args.push('-append', plan.append);
  if (plan.disk) {
    // In qemu's option syntax a comma inside a value is written twice.
    const file = plan.disk.file.replace(/,/g, ',,');
    args.push('-drive', `file=${file},format=${plan.disk.format},if=none,id=disk0,snapshot=on`, '-device', 'virtio-blk-pci,drive=disk0');
  }
  args.push(...plan.exitArgs, ...plan.extraArgs);
  return { binary: plan.preset.binary, args };
}
