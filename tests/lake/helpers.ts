import type {ClientError} from '@sanity/client'
import {randomBytes} from 'node:crypto'

/** A fresh document id for one test, so tests in a file never see each other's documents. */
export const uid = (prefix = 'doc') => `${prefix}-${randomBytes(6).toString('hex')}`

export interface Failure {
  statusCode: number
  // The error body as the lake sent it: `{error: {type, description, ...}}` or `{statusCode, error, message}`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any
  message: string
}

/** Awaits a request that must fail and returns what @sanity/client made of the error response. */
export async function failure(request: Promise<unknown>): Promise<Failure> {
  try {
    await request
  } catch (err) {
    const e = err as ClientError
    if (typeof e.statusCode !== 'number') throw err
    return {statusCode: e.statusCode, body: e.response?.body, message: e.message}
  }
  throw new Error('Expected the request to fail, but it succeeded')
}

/** Waits long enough for `new Date().toISOString()` to move on. */
export const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms))
