import type { Measurement } from '../model.ts';

/**
 * qemu-boot-test's boot timings (the kit's archway-boot-timings/v1 contract): each milestone a benchmark
 * "<arch>/<machine>: <milestone>", and the whole boot "<arch>/<machine>: total", in seconds, smaller is
 * better, so boot time is tracked like any benchmark.
 */
export async function parseBootTimingsFile(text: string, label: string): Promise<Measurement[]> {
  const { parseBootTimings } = await import('@archway/kit/contracts/boot-timings');
  const timings = await parseBootTimings(text, label);
  const prefix = `${timings.arch}/${timings.machine}`;
  const extra = `boot ${timings.result}`;
  return [
    ...timings.milestones.map((m) => ({ name: `${prefix}: ${m.name}`, unit: 's', value: m.seconds, better: 'smaller' as const, extra })),
    { name: `${prefix}: total`, unit: 's', value: timings.totalSeconds, better: 'smaller', extra },
  ];
}
