import { readFileSync } from 'node:fs';

/** Peak resident memory (VmHWM) of a process, in MiB; 0 where /proc is not available. */
export function peakRssMiB(pid: number): number {
  return statusMiB(pid, 'VmHWM');
}

/** Resident memory (VmRSS) of a process now, in MiB; 0 where /proc is not available. */
export function rssMiB(pid: number): number {
  return statusMiB(pid, 'VmRSS');
}

function statusMiB(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return kib / 1024;
  } catch {
    return 0;
  }
}
