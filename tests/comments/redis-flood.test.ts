/** @jest-environment node */
/**
 * The flood limit shared by several app instances, against a real redis-server (Debian's
 * `redis-server`, which .ci/run installs): two stores, each with a connection of its own, stand for
 * two instances of the app.
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {createServer, Socket} from 'node:net'
import {RedisRateLimitStore} from '@/lib/comments/redisRateLimit'
import {RedisConnection} from '@/lib/redis/client'

const REDIS = spawnSync('sh', ['-c', 'command -v redis-server']).stdout.toString().trim()
const PASSWORD = 'flood limit secret'
let redis: ChildProcess
let port: number

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port: p} = server.address() as {port: number}
      server.close(() => resolve(p))
    })
  })
}

async function untilListening(p: number) {
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const s = new Socket().once('connect', () => resolve(!!s.end())).once('error', () => resolve(false))
      s.connect(p, '127.0.0.1')
    })
    if (up) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`redis-server did not listen on ${p}`)
}

const describeWithRedis = REDIS ? describe : describe.skip
if (!REDIS)
  console.warn('redis-server is not installed: the shared flood-limit tests are skipped (apt-get install redis-server)')

describeWithRedis('the Redis flood limit (REDIS_URL)', () => {
  beforeAll(async () => {
    port = await freePort()
    redis = spawn(
      REDIS,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--requirepass', PASSWORD],
      {stdio: 'ignore'},
    )
    await untilListening(port)
  })

  const connections: RedisConnection[] = []
  afterAll(() => {
    for (const connection of connections) connection.close()
    redis?.kill('SIGKILL')
  })

  const url = () => `redis://:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}`
  /** One app instance: a store on a Redis connection of its own. */
  const instance = (to = url()) => {
    const connection = new RedisConnection(to)
    connections.push(connection)
    return new RedisRateLimitStore(connection)
  }

  test('a key one instance holds is refused to another until released', async () => {
    const [a, b] = [instance(), instance()]
    const key = `ip:${Math.random()}`
    expect(await a.claim(key, 15_000)).toBe(true)
    expect(await b.claim(key, 15_000)).toBe(false)
    expect(await a.claim(key, 15_000)).toBe(false)
    await a.release(key)
    expect(await b.claim(key, 15_000)).toBe(true)
  })

  test('the key frees itself when its window has passed', async () => {
    const store = instance()
    const key = `email:${Math.random()}`
    expect(await store.claim(key, 150)).toBe(true)
    expect(await store.claim(key, 150)).toBe(false)
    await new Promise((r) => setTimeout(r, 300))
    expect(await store.claim(key, 150)).toBe(true)
  })

  test('of 40 concurrent claims from two instances exactly one wins', async () => {
    const stores = [instance(), instance()]
    const key = `ip:${Math.random()}`
    const won = await Promise.all(Array.from({length: 40}, (_, i) => stores[i % 2].claim(key, 15_000)))
    expect(won.filter(Boolean)).toHaveLength(1)
  })

  test('a wrong password and an unreachable server are errors, not a pass', async () => {
    const wrong = instance(`redis://:nope@127.0.0.1:${port}`)
    await expect(wrong.claim('ip:x', 1000)).rejects.toThrow(/Redis: WRONGPASS|Redis: ERR/)
    const down = instance(`redis://127.0.0.1:${await freePort()}`)
    await expect(down.claim('ip:x', 1000)).rejects.toThrow(/Redis: .*ECONNREFUSED/)
  })
})
