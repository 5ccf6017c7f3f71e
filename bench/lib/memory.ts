import { readFileSync } from 'node:fs';

/** Peak resident memory (VmHWM) of a process, in MiB; 0 where /proc is not available. */
export function peakRssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kib / 1024;
  } catch {
    return 0;
  }
}
