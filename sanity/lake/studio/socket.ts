import {createHash, randomUUID} from 'node:crypto'
import type {IncomingMessage} from 'node:http'
import type {Duplex} from 'node:stream'

/**
 * The Studio's presence channel: a WebSocket at `/v<date>/socket/:dataset` speaking JSON-RPC
 * (Sanity's "bifur"). Editors announce where they are in a document and see each other's
 * avatars on fields. Only text frames are needed, so the protocol (RFC 6455) is handled here
 * rather than with a library: the handshake, masked client frames, ping and close.
 */
type Rpc = {id?: string; method?: string; params?: Record<string, unknown>}

interface Peer {
  send: (value: unknown) => void
  userId: string | null
  session?: string
  subscriptions: Set<string>
}

export function createPresenceHub(userOfToken: (token: string) => string | null) {
  const peers = new Set<Peer>()
  const broadcast = (from: Peer, result: unknown) => {
    for (const peer of peers) {
      if (peer === from) continue
      for (const subscription of peer.subscriptions) peer.send({jsonrpc: '2.0', method: 'presence_subscription', params: {subscription, result}})
    }
  }

  function onMessage(peer: Peer, {id, method, params = {}}: Rpc) {
    const reply = (result: unknown) => peer.send({jsonrpc: '2.0', id, result})
    if (method === 'authorization') {
      const token = /^Bearer\s+(\S+)$/i.exec(String(params.authorization ?? ''))?.[1]
      peer.userId = token ? userOfToken(token) : null
      return reply(peer.userId !== null)
    }
    // Presence is for signed-in editors only, as on Sanity.
    if (!peer.userId) return peer.send({jsonrpc: '2.0', id, error: {code: 4001, message: 'Unauthorized'}})
    if (method === 'presence_subscribe') {
      const subscription = randomUUID()
      peer.subscriptions.add(subscription)
      return reply(subscription)
    }
    if (method === 'presence_unsubscribe') return reply(peer.subscriptions.delete(String(params.subscriptionId)))
    const data = (params.data ?? {}) as {sessionId?: string; locations?: unknown}
    if (method === 'presence_announce') {
      peer.session = data.sessionId
      broadcast(peer, {type: 'state', i: peer.userId, m: {sessionId: data.sessionId, locations: data.locations ?? []}})
    } else if (method === 'presence_rollcall') broadcast(peer, {type: 'rollCall', i: peer.userId, session: params.session})
    else if (method === 'presence_disconnect') broadcast(peer, {type: 'disconnect', i: peer.userId, m: {session: params.session}})
    else return peer.send({jsonrpc: '2.0', id, error: {code: -32601, message: `Method not found: ${method}`}})
    return reply(true)
  }

  const sockets = new Set<Duplex>()
  /** For `server.on('upgrade')`: answers WebSocket upgrades on the socket path, refuses others. */
  function upgrade(req: IncomingMessage, socket: Duplex): void {
    const key = req.headers['sec-websocket-key']
    if (!/^\/v[^/]+\/socket\/[^/?]+/.test(req.url ?? '') || typeof key !== 'string') {
      return void socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n')
    }
    const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64')
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`)
    sockets.add(socket)
    const peer: Peer = {userId: null, subscriptions: new Set(), send: (value) => socket.write(frame(0x1, Buffer.from(JSON.stringify(value))))}
    peers.add(peer)
    // The client's heartbeat symbol keeps idle proxies from closing the connection.
    const heartbeat = setInterval(() => socket.write(frame(0x1, Buffer.from('\u2665'))), 25_000)
    const leave = () => {
      clearInterval(heartbeat)
      sockets.delete(socket)
      if (!peers.delete(peer)) return
      if (peer.userId && peer.session) broadcast(peer, {type: 'disconnect', i: peer.userId, m: {session: peer.session}})
    }
    let buffer = Buffer.alloc(0)
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk])
      for (let parsed = readFrame(buffer); parsed; parsed = readFrame(buffer)) {
        buffer = buffer.subarray(parsed.length)
        if (parsed.opcode === 0x8) return void socket.end(frame(0x8, Buffer.alloc(0)))
        if (parsed.opcode === 0x9) socket.write(frame(0xa, parsed.payload))
        if (parsed.opcode !== 0x1) continue
        try {
          onMessage(peer, JSON.parse(parsed.payload.toString('utf8')) as Rpc)
        } catch {
          peer.send({jsonrpc: '2.0', error: {code: -32700, message: 'Parse error'}})
        }
      }
    })
    // Upgraded sockets are half-open by default: answer the browser's end so 'close' follows.
    socket.on('end', () => socket.end())
    socket.on('close', leave)
    socket.on('error', leave)
  }

  // Server.close() does not wait for or end upgraded sockets; the lake ends them itself.
  const close = () => sockets.forEach((socket) => socket.destroy())
  return {upgrade, close}
}

/** One complete frame at the start of `data`, unmasked, or null if more bytes are needed. */
function readFrame(data: Buffer): {opcode: number; payload: Buffer; length: number} | null {
  if (data.length < 2) return null
  const masked = (data[1] & 0x80) !== 0
  let length = data[1] & 0x7f
  let offset = 2
  if (length === 126) {
    if (data.length < 4) return null
    length = data.readUInt16BE(2)
    offset = 4
  } else if (length === 127) {
    if (data.length < 10) return null
    length = Number(data.readBigUInt64BE(2))
    offset = 10
  }
  const mask = masked ? data.subarray(offset, offset + 4) : null
  offset += masked ? 4 : 0
  if (data.length < offset + length) return null
  const payload = Buffer.from(data.subarray(offset, offset + length))
  if (mask) for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i % 4]
  return {opcode: data[0] & 0x0f, payload, length: offset + length}
}

function frame(opcode: number, payload: Buffer): Buffer {
  const size = payload.length
  const header = size < 126 ? Buffer.from([0x80 | opcode, size]) : size < 65536 ? Buffer.alloc(4) : Buffer.alloc(10)
  if (size >= 126 && size < 65536) {
    header[0] = 0x80 | opcode
    header[1] = 126
    header.writeUInt16BE(size, 2)
  } else if (size >= 65536) {
    header[0] = 0x80 | opcode
    header[1] = 127
    header.writeBigUInt64BE(BigInt(size), 2)
  }
  return Buffer.concat([header, payload])
}
