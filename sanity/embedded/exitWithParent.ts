/**
 * A process started by `npm start`'s supervisor ends when the supervisor is gone, even if it was
 * killed with no chance to stop its children (`kill -9`): it is reparented, so its parent pid changes.
 */
export function exitWithParent(onOrphaned: () => void, env: NodeJS.ProcessEnv = process.env): void {
  if (env.START_SUPERVISOR_PID !== String(process.ppid)) return
  const parent = process.ppid
  setInterval(() => {
    if (process.ppid !== parent) onOrphaned()
  }, 1000).unref()
}
