/**
 * The process's CPU time in milliseconds, beside the wall clock: on a shared machine other
 * processes stretch the wall time, not the CPU time the extraction takes.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
