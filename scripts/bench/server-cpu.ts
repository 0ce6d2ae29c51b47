import { readFileSync } from 'node:fs';

/**
 * CPU time the server process (all its threads) has used, in ms: on a machine shared with other work, wall
 * time says how busy the machine was as much as how costly a request is; this is the cost.
 */
export function serverCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
}
