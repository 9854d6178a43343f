/**
 * Whether a process of this machine is still running. A zombie (killed, not yet reaped by
 * its parent) counts as gone: it holds nothing any more, though signal 0 still reaches it.
 */
import { existsSync, readFileSync } from 'node:fs';

export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    // /proc/<pid>/stat: "pid (name) STATE …"; the name may hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    // Gone between the two checks, or no /proc at all (not Linux): then signal 0 is all there is to go on.
    return !existsSync('/proc/self/stat');
  }
}
