import {createClient, type SanityClient} from '@sanity/client'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {TokenGrant} from '@/sanity/lake/server/auth'
import {startLake, type RunningLake} from '@/sanity/lake/server/start'

export const WRITE_TOKEN = 'test-write-token-0123456789abcdefghijkl'
export const READ_TOKEN = 'test-read-token-0123456789abcdef'
export const GRANTS: TokenGrant[] = [
  {token: READ_TOKEN, role: 'read', userId: 'test-viewer'},
  {token: WRITE_TOKEN, role: 'write', userId: 'test-editor'},
]

export interface TestLake {
  lake: RunningLake
  /** No token: sees public documents only. */
  anon: SanityClient
  reader: SanityClient
  writer: SanityClient
  dataFile: string
}

export function clientFor(url: string, token?: string, apiVersion = '2025-02-19'): SanityClient {
  return createClient({
    projectId: 'local',
    dataset: 'production',
    apiHost: url,
    useProjectHostname: false,
    apiVersion,
    useCdn: false,
    token,
    ignoreBrowserTokenWarning: true,
  })
}

/** A lake on a free port with its own SQLite file, driven through the real @sanity/client. */
export async function startTestLake(
  dataFile = join(mkdtempSync(join(tmpdir(), 'lake-')), 'lake.sqlite'),
): Promise<TestLake> {
  // A loaded CI machine must not turn a correctness test into a timeout; the time limit itself is
  // tested on lakes of its own (tests/lake/query-limits.test.ts).
  const lake = await startLake({port: 0, dataFile, grants: GRANTS, queryTimeoutMs: 60_000})
  return {
    lake,
    dataFile,
    anon: clientFor(lake.url),
    reader: clientFor(lake.url, READ_TOKEN),
    writer: clientFor(lake.url, WRITE_TOKEN),
  }
}
