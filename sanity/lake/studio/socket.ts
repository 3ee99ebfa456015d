import {randomUUID} from 'node:crypto'
import type {IncomingMessage} from 'node:http'
import type {Duplex} from 'node:stream'
import {WebSocket, WebSocketServer, type RawData} from 'ws'

/**
 * The Studio's presence channel: a WebSocket at `/v<date>/socket/:dataset` speaking JSON-RPC
 * (Sanity's "bifur"). Editors announce where they are in a document and see each other's
 * avatars on fields. The framing is left to the `ws` library, which refuses a frame over
 * `maxPayload` from its header, before buffering it.
 */
type Rpc = {id?: string; method?: string; params?: Record<string, unknown>}

export interface PresenceLimits {
  /** Largest message accepted from a browser; presence messages are a few hundred bytes. */
  maxPayloadBytes?: number
  /** The Studio authorizes right after connecting; a socket silent for longer is closed. */
  authTimeoutMs?: number
  /** Bytes a socket may send before it has authorized (the authorization message is ~200). */
  preAuthBytes?: number
}

export const PRESENCE_LIMITS: Required<PresenceLimits> = {
  maxPayloadBytes: 64 * 1024,
  authTimeoutMs: 5000,
  preAuthBytes: 8 * 1024,
}

/** 1008 "policy violation": the browser's bifur client reconnects with backoff, as after any close. */
const POLICY_VIOLATION = 1008
// A closing handshake the peer never answers would otherwise hold the socket for ws's 30 s.
const CLOSE_GRACE_MS = 1000
const HEARTBEAT_MS = 25_000

interface Peer {
  send: (value: unknown) => void
  userId: string | null
  session?: string
  subscriptions: Set<string>
}

export function createPresenceHub(userOfToken: (token: string) => string | null, limits: PresenceLimits = {}) {
  const {maxPayloadBytes, authTimeoutMs, preAuthBytes} = {...PRESENCE_LIMITS, ...limits}
  // perMessageDeflate off: a compressed message could inflate far past maxPayload's intent.
  const server = new WebSocketServer({noServer: true, maxPayload: maxPayloadBytes, perMessageDeflate: false})
  const peers = new Set<Peer>()
  const broadcast = (from: Peer, result: unknown) => {
    for (const peer of peers) {
      if (peer === from || !peer.userId) continue
      for (const subscription of peer.subscriptions) {
        peer.send({jsonrpc: '2.0', method: 'presence_subscription', params: {subscription, result}})
      }
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
    } else if (method === 'presence_rollcall') {
      broadcast(peer, {type: 'rollCall', i: peer.userId, session: params.session})
    } else if (method === 'presence_disconnect') {
      broadcast(peer, {type: 'disconnect', i: peer.userId, m: {session: params.session}})
    } else return peer.send({jsonrpc: '2.0', id, error: {code: -32601, message: `Method not found: ${method}`}})
    return reply(true)
  }

  function refuse(ws: WebSocket, reason: string) {
    if (ws.readyState !== WebSocket.OPEN) return
    ws.close(POLICY_VIOLATION, reason)
    setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref()
  }

  function accept(ws: WebSocket, socket: Duplex, head: Buffer) {
    const peer: Peer = {
      userId: null,
      subscriptions: new Set(),
      send: (value) => ws.readyState === WebSocket.OPEN && ws.send(JSON.stringify(value)),
    }
    peers.add(peer)
    // Counted on the raw socket, so control frames and unfinished frames count too.
    let received = head.length
    const countBeforeAuth = (chunk: Buffer) => {
      received += chunk.length
      if (received > preAuthBytes) refuse(ws, `more than ${preAuthBytes} bytes before authorization`)
    }
    socket.on('data', countBeforeAuth)
    const authDeadline = setTimeout(() => refuse(ws, `not authorized within ${authTimeoutMs} ms`), authTimeoutMs)
    // The client's heartbeat symbol keeps idle proxies from closing the connection.
    const heartbeat = setInterval(() => ws.readyState === WebSocket.OPEN && ws.send('\u2665'), HEARTBEAT_MS)

    ws.on('message', (raw: RawData, isBinary: boolean) => {
      if (ws.readyState !== WebSocket.OPEN || isBinary) return
      let rpc: Rpc
      try {
        rpc = JSON.parse(raw.toString()) as Rpc
      } catch {
        return peer.send({jsonrpc: '2.0', error: {code: -32700, message: 'Parse error'}})
      }
      if (typeof rpc !== 'object' || rpc === null) {
        return peer.send({jsonrpc: '2.0', error: {code: -32600, message: 'Invalid Request'}})
      }
      onMessage(peer, rpc)
      if (peer.userId && received <= preAuthBytes) {
        clearTimeout(authDeadline)
        socket.off('data', countBeforeAuth)
      }
    })
    // ws answers protocol errors itself (1009 for a frame over maxPayload) and then discards what
    // arrives until the peer's close frame, which an attacker never sends: cut it off soon.
    ws.on('error', () => setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref())
    ws.once('close', () => {
      clearTimeout(authDeadline)
      clearInterval(heartbeat)
      if (!peers.delete(peer)) return
      if (peer.userId && peer.session) broadcast(peer, {type: 'disconnect', i: peer.userId, m: {session: peer.session}})
    })
  }

  /** For `server.on('upgrade')`: answers WebSocket upgrades on the socket path, refuses others. */
  function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer = Buffer.alloc(0)): void {
    if (!/^\/v[^/]+\/socket\/[^/?]+/.test(req.url ?? '')) {
      return void socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
    }
    socket.on('error', () => socket.destroy())
    // ws answers a malformed handshake (bad key or version) with 400 itself.
    server.handleUpgrade(req, socket, head, (ws) => accept(ws, socket, head))
  }

  // Server.close() does not wait for or end upgraded sockets; the lake ends them itself.
  const close = () => {
    for (const ws of server.clients) ws.terminate()
    server.close()
  }
  return {upgrade, close}
}
