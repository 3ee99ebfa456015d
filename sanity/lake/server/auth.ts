import type {IncomingHttpHeaders} from 'node:http'
import {forbidden, unauthorized} from '../errors'

export type Role = 'read' | 'write'

export interface TokenGrant {
  token: string
  role: Role
  /** Who the token stands for: recorded as the author of the transactions it commits. */
  userId: string
}

export interface Caller {
  role: Role | null
  userId: string
}

const ANONYMOUS: Caller = {role: null, userId: 'anonymous'}

/** Resolves `Authorization: Bearer <token>`. A token the lake does not know is an error, as on Sanity. */
export function callerOf(headers: IncomingHttpHeaders, grants: TokenGrant[]): Caller {
  const header = headers.authorization
  if (!header) return ANONYMOUS
  const match = /^Bearer\s+(\S+)$/i.exec(header)
  const grant = match && grants.find((g) => g.token === match[1])
  if (!grant) throw unauthorized('Session not found: the token is invalid or has expired')
  return {role: grant.role, userId: grant.userId}
}

export function requireWrite(caller: Caller): void {
  if (caller.role === null) throw unauthorized('A token with write access is required for mutations')
  if (caller.role !== 'write') throw forbidden('Insufficient permissions; permission "update" required')
}

export const canReadPrivate = (caller: Caller) => caller.role !== null
