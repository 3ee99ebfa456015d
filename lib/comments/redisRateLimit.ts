import 'server-only'
import {Socket} from 'node:net'
import type {RateLimitStore} from './rateLimit'

/**
 * A shared flood limit for several app instances: `SET key 1 NX PX window` is atomic in Redis.
 * Speaks just enough RESP for SET and DEL, so no client library is needed for two commands.
 */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly host: string
  private readonly port: number
  private readonly password?: string

  constructor(url: string) {
    const u = new URL(url)
    this.host = u.hostname
    this.port = Number(u.port || 6379)
    this.password = u.password ? decodeURIComponent(u.password) : undefined
  }

  async claim(key: string, windowMs: number): Promise<boolean> {
    const reply = await this.command(['SET', `comments:flood:${key}`, '1', 'NX', 'PX', String(windowMs)])
    return reply.startsWith('+OK')
  }

  async release(key: string): Promise<void> {
    await this.command(['DEL', `comments:flood:${key}`])
  }

  private command(args: string[]): Promise<string> {
    const all = this.password ? [['AUTH', this.password], args] : [args]
    const payload = all.map((a) => `*${a.length}\r\n${a.map((s) => `$${Buffer.byteLength(s)}\r\n${s}\r\n`).join('')}`).join('')
    return new Promise((resolve, reject) => {
      const socket = new Socket()
      let data = ''
      socket.setTimeout(2000, () => socket.destroy(new Error('Redis timed out')))
      socket.on('error', reject)
      socket.on('data', (chunk) => {
        data += chunk.toString('utf8')
        // AUTH, SET and DEL answer one line each; a line is whole only once its CRLF has arrived.
        const lines = data.split('\r\n').slice(0, -1)
        if (lines.length < all.length) return
        socket.end()
        // The first error is the one that explains the rest (a refused AUTH, then NOAUTH).
        const error = lines.find((line) => line.startsWith('-'))
        if (error) reject(new Error(`Redis: ${error.slice(1)}`))
        else resolve(lines[lines.length - 1])
      })
      socket.connect(this.port, this.host, () => socket.write(payload))
    })
  }
}
