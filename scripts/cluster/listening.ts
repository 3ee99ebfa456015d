import {connect} from 'node:net'

/** Resolves once something accepts TCP connections on the loopback port (redis-server speaks no HTTP). */
export async function untilListening(port: number, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const up = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => done(!!socket.end())).once('error', () => done(false))
    })
    if (up) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`${what} did not listen on port ${port} within ${timeoutMs / 1000} s`)
}
