/** @jest-environment node */
import {randomBytes} from 'node:crypto'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {connect} from 'node:net'
import {createPresenceHub} from '@/sanity/lake/studio/socket'
import {WRITE_TOKEN} from '../support/lake'
import {startStudioLake, type StudioLake} from '../studio/support'
import {SOCKET_PATH, presenceClient} from './presenceClient'

let t: StudioLake
beforeAll(async () => {
  t = await startStudioLake()
})
afterAll(() => t.lake.close())

const authorize = (client: Awaited<ReturnType<typeof presenceClient>>) =>
  client.reply(client.send('authorization', {authorization: `Bearer ${WRITE_TOKEN}`}))

async function pingMs(): Promise<number> {
  const started = performance.now()
  const res = await fetch(`${t.lake.url}/v1/ping`)
  await res.text()
  return performance.now() - started
}

test('a message over the size limit closes the socket with 1009, even from a signed-in editor', async () => {
  const client = await presenceClient(t.lake.port)
  expect((await authorize(client)).result).toBe(true)
  const params = {data: 'x'.repeat(100_000)}
  client.ws.send(JSON.stringify({jsonrpc: '2.0', id: 'big', method: 'presence_announce', params}))
  expect((await client.closed).code).toBe(1009)
})

test('a socket that sends more than its budget before authorizing is closed', async () => {
  const client = await presenceClient(t.lake.port)
  // Each message is well under the size limit; together they pass the pre-authorization budget.
  for (let i = 0; i < 4; i++) client.send('presence_rollcall', {session: 'y'.repeat(4000)})
  const closed = await client.closed
  expect(closed).toEqual({code: 1008, reason: expect.stringContaining('before authorization')})
})

test('an authorized socket may then send more than the pre-authorization budget', async () => {
  const client = await presenceClient(t.lake.port)
  expect((await authorize(client)).result).toBe(true)
  for (let i = 0; i < 4; i++) await client.reply(client.send('presence_rollcall', {session: 'y'.repeat(4000)}))
  expect(client.ws.readyState).toBe(client.ws.OPEN)
  client.close()
})

test('the lake closes a socket that has not authorized within 5 seconds', async () => {
  const client = await presenceClient(t.lake.port)
  const started = Date.now()
  const closed = await client.closed
  expect(closed).toEqual({code: 1008, reason: expect.stringContaining('not authorized')})
  expect(Date.now() - started).toBeGreaterThan(4000)
  expect(Date.now() - started).toBeLessThan(7000)
}, 10_000)

describe('with a short authorization deadline', () => {
  let server: Server
  let port: number
  beforeAll(async () => {
    const hub = createPresenceHub((token) => (token === WRITE_TOKEN ? 'test-editor' : null), {authTimeoutMs: 300})
    server = createServer((_req, res) => res.end())
    server.on('upgrade', hub.upgrade)
    server.on('close', hub.close)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)).finally(() => server.closeAllConnections()))

  test('a silent socket and one with a wrong token are closed; a signed-in one stays', async () => {
    const silent = await presenceClient(port)
    const wrong = await presenceClient(port)
    const editor = await presenceClient(port)
    expect((await wrong.reply(wrong.send('authorization', {authorization: 'Bearer wrong'}))).result).toBe(false)
    expect((await authorize(editor)).result).toBe(true)
    expect((await silent.closed).code).toBe(1008)
    expect((await wrong.closed).code).toBe(1008)
    await new Promise((r) => setTimeout(r, 400))
    expect(editor.ws.readyState).toBe(editor.ws.OPEN)
    editor.close()
  })
})

test('a 48 MB frame announced before sign-in is cut off at its header; a ping meanwhile answers fast', async () => {
  const size = 48 * 1024 * 1024
  const conn = connect(t.lake.port, '127.0.0.1')
  const key = randomBytes(16).toString('base64')
  conn.write(
    `GET ${SOCKET_PATH} HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
  )
  await new Promise((resolve) => conn.once('data', resolve))
  const closedAt = new Promise<number>((resolve) => conn.once('close', () => resolve(performance.now())))
  conn.on('error', () => undefined)
  // A masked text frame announcing 48 MB (64-bit length), then its payload as fast as the socket takes it.
  const header = Buffer.alloc(14)
  header[0] = 0x81
  header[1] = 0x80 | 127
  header.writeBigUInt64BE(BigInt(size), 2)
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  conn.write(header)
  const chunk = Buffer.alloc(64 * 1024, 0x61)
  let sent = 0
  const attack = (async () => {
    while (sent < size && !conn.destroyed) {
      sent += chunk.length
      if (!conn.write(chunk)) await new Promise((resolve) => conn.once('drain', resolve).once('close', resolve))
    }
  })()
  const pings: number[] = []
  for (let i = 0; i < 5; i++) {
    pings.push(await pingMs())
    await new Promise((r) => setTimeout(r, 50))
  }
  await attack
  const closed = (await closedAt) - started
  const cpu = process.cpuUsage(cpuBefore)
  const cpuMs = (cpu.user + cpu.system) / 1000
  console.log(
    `48 MB frame: socket closed after ${closed.toFixed(0)} ms, ${(sent / 1024 / 1024).toFixed(1)} MB written, ` +
      `pings ${pings.map((p) => p.toFixed(0)).join('/')} ms, CPU ${cpuMs.toFixed(0)} ms (lake and attacker)`,
  )
  expect(Math.max(...pings)).toBeLessThan(250)
  expect(closed).toBeLessThan(3000)
  expect(sent).toBeLessThan(size)
})
