import {randomBytes} from 'node:crypto'

/** A browser's user agent, unique per call unless given: each stands for one reader's browser. */
const run = randomBytes(3).toString('hex')
let sequence = 0
export const browserAgent = (label = `${run}-${++sequence}`) =>
  `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 reader/${label}`

let network = 0
/** An address in a /24 nobody else in the file uses (readers are told apart by their /24). */
export function freshNetwork(): (host?: number) => string {
  network++
  const prefix = `10.${60 + Math.floor(network / 250)}.${network % 250}`
  return (host = 7) => `${prefix}.${host}`
}

export interface BeaconOptions {
  address?: string
  userAgent?: string | null
  headers?: Record<string, string>
}

/** The request the article page's beacon sends (sendBeacon posts a string as text/plain). */
export function beaconRequest(body: string, {address = '10.0.0.1', userAgent, headers = {}}: BeaconOptions = {}) {
  const h = new Headers({'content-type': 'text/plain;charset=UTF-8', 'x-forwarded-for': address, ...headers})
  const agent = userAgent === undefined ? browserAgent() : userAgent
  if (agent !== null) h.set('user-agent', agent)
  return new Request('http://localhost/api/views', {method: 'POST', headers: h, body})
}

export const viewBody = (articleId: string) => JSON.stringify({articleId})
