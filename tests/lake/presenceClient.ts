import {WebSocket} from 'ws'

export const SOCKET_PATH = '/v2022-06-30/socket/production'

export interface PresenceClient {
  ws: WebSocket
  messages: Array<Record<string, unknown>>
  /** Sends a JSON-RPC request as the Studio's bifur client does; returns its id. */
  send: (method: string, params?: Record<string, unknown>) => string
  reply: (id: string) => Promise<Record<string, unknown>>
  /** Resolves with the close code and reason once the server has closed the socket. */
  closed: Promise<{code: number; reason: string}>
  close: () => void
}

/** A real `ws` client speaking the Studio's presence protocol (JSON-RPC over text frames). */
export async function presenceClient(port: number, path = SOCKET_PATH): Promise<PresenceClient> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`)
  const messages: PresenceClient['messages'] = []
  ws.on('message', (data) => {
    const text = data.toString()
    if (text !== '\u2665') messages.push(JSON.parse(text))
  })
  const closed = new Promise<{code: number; reason: string}>((resolve) => {
    ws.once('close', (code, reason) => resolve({code, reason: reason.toString()}))
  })
  ws.on('error', () => undefined)
  await new Promise<void>((resolve, reject) => {
    ws.once('open', resolve)
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)))
    ws.once('error', reject)
  })
  let next = 0
  const send = (method: string, params: Record<string, unknown> = {}) => {
    const id = `r${++next}`
    ws.send(JSON.stringify({jsonrpc: '2.0', method, params, id}))
    return id
  }
  const reply = async (id: string) => {
    for (let i = 0; i < 100; i++) {
      const found = messages.find((m) => m.id === id)
      if (found) return found
      await new Promise((r) => setTimeout(r, 20))
    }
    throw new Error(`No reply to ${id}: ${JSON.stringify(messages)}`)
  }
  return {ws, messages, send, reply, closed, close: () => ws.terminate()}
}
