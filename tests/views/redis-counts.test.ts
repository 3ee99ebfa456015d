/** @jest-environment node */
/**
 * View counts shared by several app instances through a real redis-server: each store on a
 * connection of its own stands for one instance. Readers are counted once between them, each
 * count lands in exactly one batch, one instance stores each batch, and a batch whose flush
 * failed or whose instance vanished is stored by another.
 */
import {rmSync} from 'node:fs'
import {dirname} from 'node:path'
import type {ChildProcess} from 'node:child_process'
import {RedisConnection} from '@/lib/redis/client'
import {RedisViewCounts} from '@/lib/views/redisCounts'
import {viewsDocId} from '@/lib/views/documents'
import {flushViews} from '@/lib/views/flush'
import {startTestLake, type TestLake} from '../support/lake'
import {freePort, REDIS_SERVER, startRedis} from './redisServer'

const describeWithRedis = REDIS_SERVER ? describe : describe.skip
if (!REDIS_SERVER) console.warn('redis-server is not installed: the shared view-count tests are skipped')

describeWithRedis('view counts in Redis (REDIS_URL)', () => {
  let redis: {url: string; process: ChildProcess}
  let t: TestLake
  const connections: RedisConnection[] = []
  beforeAll(async () => {
    ;[redis, t] = await Promise.all([startRedis(), startTestLake()])
  })
  afterAll(async () => {
    for (const c of connections) c.close()
    redis?.process.kill('SIGKILL')
    await t?.lake.close()
    if (t) rmSync(dirname(t.dataFile), {recursive: true, force: true})
  })
  beforeEach(async () => {
    const c = new RedisConnection(redis.url)
    await c.run((client) => client.flushAll())
    c.close()
  })

  const instance = (options: ConstructorParameters<typeof RedisViewCounts>[1] = {}, url = redis.url) => {
    const connection = new RedisConnection(url)
    connections.push(connection)
    return new RedisViewCounts(connection, options)
  }

  test('a reader is counted once between instances, however many beacons race', async () => {
    const [a, b] = [instance(), instance()]
    const counted = await Promise.all(
      Array.from({length: 40}, (_, i) => [a, b][i % 2].record('article-x', '2026-03-01', 'reader-1')),
    )
    expect(counted.filter(Boolean)).toHaveLength(1)
    expect(await b.record('article-x', '2026-03-01', 'reader-2')).toBe(true)
    expect(await a.record('article-x', '2026-03-02', 'reader-1')).toBe(true) // another day
    const batch = await a.take()
    expect(batch?.counts).toEqual({'article-x 2026-03-01': 2, 'article-x 2026-03-02': 1})
  })

  test('of instances taking at once exactly one gets the batch, and every count is in exactly one batch', async () => {
    const stores = [instance(), instance(), instance()]
    for (let i = 0; i < 30; i++) await stores[i % 3].record('article-y', '2026-03-01', `r${i}`)
    const taken = await Promise.all(stores.map((s) => s.take()))
    expect(taken.filter(Boolean)).toHaveLength(1)
    expect(taken.find(Boolean)!.counts).toEqual({'article-y 2026-03-01': 30})
    // Views counted after the take start the next batch.
    await stores[0].record('article-y', '2026-03-01', 'late')
    const next = await stores[1].take()
    expect(next?.counts).toEqual({'article-y 2026-03-01': 1})
  })

  test('a released batch is taken first by any instance; a settled one is gone', async () => {
    const [a, b] = [instance(), instance()]
    await a.record('article-z', '2026-03-01', 'r1')
    const first = (await a.take())!
    await b.record('article-z', '2026-03-01', 'r2')
    await a.release(first)
    const retried = (await b.take())!
    expect(retried).toEqual(first)
    await b.settle(retried)
    expect((await a.take())!.counts).toEqual({'article-z 2026-03-01': 1})
    expect(await a.take()).toBeNull()
  })

  test('the batch of an instance that vanished mid-flush is taken again once its lease is over', async () => {
    const [vanished, survivor] = [instance({leaseMs: 300}), instance({leaseMs: 300})]
    await vanished.record('article-w', '2026-03-01', 'r1')
    const lost = (await vanished.take())!
    expect(await survivor.take()).toBeNull()
    expect(await survivor.hasWork()).toBe(true)
    await new Promise((r) => setTimeout(r, 400))
    expect(await survivor.take()).toEqual(lost)
  })

  test('with a flush slot, one instance flushes per interval however many try', async () => {
    const stores = [instance({flushSlotMs: 500}), instance({flushSlotMs: 500})]
    await stores[0].record('article-v', '2026-03-01', 'r1')
    expect(await stores[0].take()).not.toBeNull()
    await stores[1].record('article-v', '2026-03-01', 'r2')
    expect(await stores[1].take()).toBeNull()
    await new Promise((r) => setTimeout(r, 600))
    expect((await stores[1].take())?.counts).toEqual({'article-v 2026-03-01': 1})
  })

  test('two instances flushing into the lake at once store every count exactly once, in one transaction', async () => {
    const [a, b] = [instance(), instance()]
    for (let i = 0; i < 50; i++) await [a, b][i % 2].record(`article-${i % 5}`, '2026-03-01', `r${i}`)
    const results = await Promise.all([flushViews(a, t.writer), flushViews(b, t.writer)])
    expect(results.filter(Boolean)).toEqual([expect.objectContaining({documents: 5, views: 50, transactions: 1})])
    const counts = await t.anon.fetch('*[_type == "articleViews"] | order(_id) {_id, count}')
    expect(counts).toEqual(
      Array.from({length: 5}, (_, i) => ({_id: viewsDocId(`article-${i}`, '2026-03-01'), count: 10})),
    )
    expect(await a.hasWork()).toBe(false)
  })

  test('a Redis that cannot be reached is an error, never a silent pass', async () => {
    const down = instance({}, `redis://127.0.0.1:${await freePort()}`)
    await expect(down.record('article-x', '2026-03-01', 'r')).rejects.toThrow(/Redis: .*ECONNREFUSED/)
  })
})
