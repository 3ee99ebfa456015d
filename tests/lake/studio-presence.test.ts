/** @jest-environment node */
import {randomBytes} from 'node:crypto'
import {connect, type Socket} from 'node:net'
import {READ_TOKEN, WRITE_TOKEN} from '../support/lake'
import {startStudioLake, type StudioLake} from '../studio/support'

let t: StudioLake
beforeAll(async () => {
  t = await startStudioLake()
})
afterAll(() => t.lake.close())

/** Just enough of a WebSocket client to speak the Studio's presence protocol (JSON-RPC). */
async function socket(path = '/v2022-06-30/socket/production') {
  const conn: Socket = connect(t.lake.port, '127.0.0.1')
  const messages: Array<Record<string, unknown>> = []
  let handshake = ''
  let buffer = Buffer.alloc(0)
  await new Promise<void>((resolve, reject) => {
    conn.once('error', reject)
    conn.on('data', (chunk: Buffer) => {
      if (!handshake) {
        handshake = chunk.toString('latin1').split('\r\n\r\n')[0]
        return resolve()
      }
      buffer = Buffer.concat([buffer, chunk])
      // Server frames are unmasked text frames under 64 KB here.
      while (buffer.length >= 2) {
        const small = buffer[1] & 0x7f
        const [length, offset] = small === 126 ? [buffer.readUInt16BE(2), 4] : [small, 2]
        if (buffer.length < offset + length) break
        const text = buffer.subarray(offset, offset + length).toString('utf8')
        buffer = buffer.subarray(offset + length)
        if (text !== '\u2665') messages.push(JSON.parse(text))
      }
    })
    conn.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`)
  })
  let next = 0
  const send = (method: string, params: Record<string, unknown> = {}) => {
    const payload = Buffer.from(JSON.stringify({jsonrpc: '2.0', method, params, id: `r${++next}`}))
    const mask = randomBytes(4)
    const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]))
    const header = payload.length < 126 ? Buffer.from([0x81, 0x80 | payload.length]) : Buffer.from([0x81, 0x80 | 126, payload.length >> 8, payload.length & 0xff])
    conn.write(Buffer.concat([header, mask, masked]))
    return `r${next}`
  }
  const reply = async (id: string) => {
    for (let i = 0; i < 100; i++) {
      const found = messages.find((m) => m.id === id)
      if (found) return found
      await new Promise((r) => setTimeout(r, 20))
    }
    throw new Error(`No reply to ${id}: ${JSON.stringify(messages)}`)
  }
  return {handshake, messages, send, reply, close: () => conn.destroy()}
}

test('the socket path upgrades; other paths are refused', async () => {
  const ok = await socket()
  expect(ok.handshake).toMatch(/^HTTP\/1\.1 101 /)
  ok.close()
  const refused = await socket('/v1/elsewhere')
  expect(refused.handshake).toMatch(/^HTTP\/1\.1 404 /)
  refused.close()
})

test('signed-in editors see each other arrive, move and leave', async () => {
  const alice = await socket()
  const bob = await socket()
  expect((await alice.reply(alice.send('authorization', {authorization: `Bearer ${WRITE_TOKEN}`}))).result).toBe(true)
  expect((await bob.reply(bob.send('authorization', {authorization: `Bearer ${READ_TOKEN}`}))).result).toBe(true)
  const subscription = (await bob.reply(bob.send('presence_subscribe'))).result
  const locations = [{type: 'document', documentId: 'article-1', path: ['title'], lastActiveAt: new Date().toISOString()}]
  await alice.reply(alice.send('presence_announce', {data: {sessionId: 'alice-session', locations}}))
  alice.close()
  await new Promise((r) => setTimeout(r, 100))
  const events = bob.messages.filter((m) => m.method === 'presence_subscription').map((m) => m.params)
  expect(events).toEqual([
    {subscription, result: {type: 'state', i: 'test-editor', m: {sessionId: 'alice-session', locations}}},
    {subscription, result: {type: 'disconnect', i: 'test-editor', m: {session: 'alice-session'}}},
  ])
  bob.close()
})

test('without a valid token, presence is refused', async () => {
  const mallory = await socket()
  expect((await mallory.reply(mallory.send('authorization', {authorization: 'Bearer wrong'}))).result).toBe(false)
  expect((await mallory.reply(mallory.send('presence_subscribe'))).error).toMatchObject({code: 4001})
  mallory.close()
})
