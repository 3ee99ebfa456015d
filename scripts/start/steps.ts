/**
 * Steps `npm start` and `npm run cluster` share: the children's environment (this install's
 * generated secrets, unless the environment sets its own), waiting for a port to answer, and
 * `next build` with its output logged.
 */
import {spawn} from 'node:child_process'
import {SECRET_ENV, serverActionsKey, storedSecrets, type EmbeddedSecrets} from '../../sanity/embedded/secrets'
import {pipeLines} from './log'

export function childEnv(appPort: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: appPort,
    START_SUPERVISOR_PID: String(process.pid),
  }
  if (process.env.SANITY_PROJECT_ID) return env
  // One set of generated secrets, handed to the lake and the app alike; the environment wins.
  const secrets = storedSecrets()
  for (const [key, name] of Object.entries(SECRET_ENV) as [keyof EmbeddedSecrets, string][]) env[name] ||= secrets[key]
  env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = serverActionsKey(env)
  return env
}

/** Polls `url` until it answers; the lake must say 200, the site may say anything (its store may be down). */
export async function waitFor(
  url: string,
  timeoutMs: number,
  what: string,
  accept: (status: number) => boolean = (status) => status === 200,
) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, {signal: AbortSignal.timeout(2000)})
      await res.arrayBuffer()
      if (accept(res.status)) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${what} did not answer on ${url} within ${timeoutMs / 1000} s`)
}

export function build(env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  pipeLines('build', child.stdout, process.stdout)
  pipeLines('build', child.stderr, process.stderr)
  return new Promise((done) => child.once('exit', (code) => done(code ?? 1)))
}
