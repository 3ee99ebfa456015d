/** @jest-environment node */
import {spawn, type ChildProcess} from 'node:child_process'
import {mkdtempSync} from 'node:fs'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {READ_TOKEN, WRITE_TOKEN, clientFor} from '../support/lake'
import {uid} from './helpers'

jest.setTimeout(90_000)

const ROOT = resolve(__dirname, '../..')

function listenOnce(port: number): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => {
      const {port: bound} = server.address() as {port: number}
      server.close(() => done(bound))
    })
  })
}

const freePort = () => listenOnce(0)

/** After kill -9 the kernel frees the port as the process goes; wait until it has. */
async function waitUntilFree(port: number) {
  for (let i = 0; i < 200; i++) {
    try {
      return await listenOnce(port)
    } catch {
      await new Promise((r) => setTimeout(r, 25))
    }
  }
  throw new Error(`port ${port} is still in use`)
}

interface Child {
  process: ChildProcess
  url: string
  output: () => string
}

/**
 * Runs `tsx sanity/lake/main.ts` and waits until it says it is listening. tsx runs the script in a
 * child node process of its own, so the lake gets a process group that kill9 can kill whole.
 */
function spawnLake(port: number, dataFile: string): Promise<Child> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['sanity/lake/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      LAKE_PORT: String(port),
      LAKE_HOST: '127.0.0.1',
      LAKE_DATA_FILE: dataFile,
      SANITY_DATASET: 'production',
      SANITY_API_WRITE_TOKEN: WRITE_TOKEN,
      SANITY_API_READ_TOKEN: READ_TOKEN,
      LAKE_LOG: '',
      // No webhooks to an app that may or may not be running on this machine.
      LAKE_WEBHOOK_URL: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the lake did not start within 60 s:\n${output}`)), 60_000)
    child.on('exit', (code) => fail(new Error(`the lake exited with code ${code}:\n${output}`)))
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /local Content Lake on (http:\/\/\S+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        done({process: child, url: match[1], output: () => output})
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
  })
}

function kill9(child: Child): Promise<void> {
  return new Promise((done) => {
    if (child.process.exitCode !== null || child.process.signalCode !== null) return done()
    child.process.once('exit', () => done())
    // The whole group: the tsx wrapper and the node process that runs the lake.
    process.kill(-child.process.pid!, 'SIGKILL')
  })
}

const running: Child[] = []
afterAll(async () => {
  for (const child of running) await kill9(child)
})

test('every acknowledged write survives kill -9, exactly once', async () => {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'lake-persist-')), 'lake.sqlite')
  const port = await freePort()
  const type = uid('persistProbe')
  const N = 40

  const first = await spawnLake(port, dataFile)
  running.push(first)
  const writer = clientFor(first.url, WRITE_TOKEN)
  // Whatever the lake loaded into the empty dataset at start (the sample edition, if it exists).
  const totalBefore = await writer.fetch<number>('count(*)', {}, {perspective: 'raw'})
  expect(await writer.fetch('count(*[_type == $type])', {type}, {perspective: 'raw'})).toBe(0)

  const acknowledged: string[] = []
  for (let i = 0; i < N; i++) {
    const id = `${type}-${i}`
    const doc = await writer.create({_id: id, _type: type, i})
    expect(doc._id).toBe(id)
    acknowledged.push(id)
  }
  // One patch and one delete, also acknowledged, so updates and deletes must survive too.
  const patched = await writer.patch(acknowledged[0]).set({patched: true}).commit()
  await writer.create({_id: `${type}-deleted`, _type: type, i: -1})
  await writer.delete(`${type}-deleted`)

  await kill9(first)
  expect(first.process.signalCode).toBe('SIGKILL')

  await waitUntilFree(port)
  const second = await spawnLake(port, dataFile)
  running.push(second)
  // The restart found a dataset that was not empty, so it loaded nothing on top of it.
  expect(second.output()).not.toContain('empty dataset')
  const reader = clientFor(second.url, READ_TOKEN)
  const ids = await reader.fetch<string[]>('*[_type == $type]._id', {type}, {perspective: 'raw'})
  expect([...ids].sort()).toEqual([...acknowledged].sort())
  expect(new Set(ids).size).toBe(ids.length)
  expect(await reader.fetch('count(*)', {}, {perspective: 'raw'})).toBe(totalBefore + N)
  expect(await reader.getDocument(acknowledged[0])).toEqual(patched)
  expect(await reader.fetch('*[_type == $type] | order(i asc).i', {type}, {perspective: 'raw'})).toEqual(
    Array.from({length: N}, (_, i) => i),
  )
  await kill9(second)
})

test('writes in flight at kill -9 leave every acknowledged write and no duplicates', async () => {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'lake-persist-')), 'lake.sqlite')
  const port = await freePort()
  const type = uid('inflight')
  const first = await spawnLake(port, dataFile)
  running.push(first)
  const writer = clientFor(first.url, WRITE_TOKEN)
  const totalBefore = await writer.fetch<number>('count(*)', {}, {perspective: 'raw'})

  const acknowledged: string[] = []
  let settled = 0
  const attempts = Array.from({length: 200}, (_, i) =>
    writer
      .create({_id: `${type}-${i}`, _type: type})
      .then((doc) => void acknowledged.push(doc._id))
      .catch(() => undefined)
      .finally(() => settled++),
  )
  // Kill once some, but typically not all, writes have been acknowledged.
  while (acknowledged.length < 20 && settled < attempts.length) await new Promise((r) => setTimeout(r, 2))
  expect(acknowledged.length).toBeGreaterThanOrEqual(20)
  await kill9(first)
  await Promise.all(attempts)
  const acked = [...acknowledged]

  await waitUntilFree(port)
  const second = await spawnLake(port, dataFile)
  running.push(second)
  const reader = clientFor(second.url, READ_TOKEN)
  const ids = await reader.fetch<string[]>('*[_type == $type]._id', {type}, {perspective: 'raw'})
  expect(new Set(ids).size).toBe(ids.length)
  for (const id of acked) expect(ids).toContain(id)
  expect(await reader.fetch('count(*)', {}, {perspective: 'raw'})).toBe(totalBefore + ids.length)
  await kill9(second)
})
