/** @jest-environment node */
import {READ_TOKEN, WRITE_TOKEN} from '../support/lake'
import {startStudioLake, type StudioLake} from '../studio/support'
import {presenceClient} from './presenceClient'

let t: StudioLake
beforeAll(async () => {
  t = await startStudioLake()
})
afterAll(() => t.lake.close())

const socket = (path?: string) => presenceClient(t.lake.port, path)

test('the socket path upgrades; other paths are refused', async () => {
  const ok = await socket()
  expect(ok.ws.readyState).toBe(ok.ws.OPEN)
  ok.close()
  await expect(socket('/v1/elsewhere')).rejects.toThrow('HTTP 404')
})

test('signed-in editors see each other arrive, move and leave', async () => {
  const alice = await socket()
  const bob = await socket()
  expect((await alice.reply(alice.send('authorization', {authorization: `Bearer ${WRITE_TOKEN}`}))).result).toBe(true)
  expect((await bob.reply(bob.send('authorization', {authorization: `Bearer ${READ_TOKEN}`}))).result).toBe(true)
  const subscription = (await bob.reply(bob.send('presence_subscribe'))).result
  const locations = [
    {type: 'document', documentId: 'article-1', path: ['title'], lastActiveAt: new Date().toISOString()},
  ]
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

test('the TLS listener upgrades too, for browsers on the HTTPS port', async () => {
  const {WebSocket} = await import('ws')
  const {readFileSync} = await import('node:fs')
  // Verified against the lake's own certificate, under the name the Studio uses (ws hands TLS options on).
  const tlsOptions = {ca: readFileSync(t.lake.tls!.certFile), servername: 'local.localhost'}
  const ws = new WebSocket(`wss://127.0.0.1:${t.lake.tls!.port}/v2022-06-30/socket/production`, tlsOptions)
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject))
  const params = {authorization: `Bearer ${WRITE_TOKEN}`}
  ws.send(JSON.stringify({jsonrpc: '2.0', id: 'a', method: 'authorization', params}))
  const answer = await new Promise<string>((resolve) => ws.once('message', (data) => resolve(data.toString())))
  expect(JSON.parse(answer)).toMatchObject({id: 'a', result: true})
  ws.terminate()
})
