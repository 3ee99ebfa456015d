import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {createServer, Socket} from 'node:net'

/** Debian's redis-server, if installed (.ci/run installs it); tests that need it skip without. */
export const REDIS_SERVER = spawnSync('sh', ['-c', 'command -v redis-server']).stdout.toString().trim()

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number}
      server.close(() => resolve(port))
    })
  })
}

async function untilListening(port: number) {
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const s = new Socket().once('connect', () => resolve(!!s.end())).once('error', () => resolve(false))
      s.connect(port, '127.0.0.1')
    })
    if (up) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`redis-server did not listen on ${port}`)
}

/** A private redis-server on a free loopback port, nothing written to disk. */
export async function startRedis(): Promise<{url: string; port: number; process: ChildProcess}> {
  const port = await freePort()
  const child = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  )
  await untilListening(port)
  return {url: `redis://127.0.0.1:${port}`, port, process: child}
}
