/** @jest-environment node */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {REFUSED_OPTIONS} from '@/sanity/lake/server/options'
import {startTestLake, type TestLake} from '../support/lake'
import {failure, uid} from './helpers'

/** The rows of docs/lake-compatibility.md's endpoint table: endpoint, option, status. */
const DOC = readFileSync(join(__dirname, '../../docs/lake-compatibility.md'), 'utf8')
const section = DOC.slice(DOC.indexOf('## Endpoints and options'), DOC.indexOf('## Perspectives'))
const rows = section
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => line.split('|').map((cell) => cell.trim()))
  .map(([, endpoint, option, status]) => ({
    endpoint: endpoint.replace(/`/g, ''),
    option: option.replace(/`/g, ''),
    status,
  }))

// A value that asks for the option, per option name.
const VALUES: Record<string, string> = {
  perspective: 'drafts',
  returnQuery: 'false',
  tag: 'compat.test',
  lastLiveEventId: 'abc',
  cacheMode: 'noStale',
  explain: 'true',
  resultSourceMap: 'withKeyArraySelector',
  variant: 'a',
  variantCondition: 'a',
  returnIds: 'true',
  returnDocuments: 'true',
  dryRun: 'true',
  autoGenerateArrayKeys: 'true',
  visibility: 'async',
  skipCrossDatasetReferenceValidation: 'true',
  includeAllVersions: 'true',
  types: 'note',
  revision: 'no-such-revision',
  time: '2024-01-01T00:00:00Z',
  lastRevision: 'true',
  effectFormat: 'mendoza',
  excludeMutations: 'true',
  excludeContent: 'true',
  includeIdentifiedDocumentsOnly: 'true',
  reverse: 'true',
  limit: '5',
  fromTransaction: 'no-such-transaction',
  toTransaction: 'no-such-transaction',
  fromTime: '2024-01-01T00:00:00Z',
  toTime: '2030-01-01T00:00:00Z',
  authors: 'test-editor',
  nextCursor: '',
}

let t: TestLake
beforeAll(async () => {
  t = await startTestLake()
})
afterAll(() => t.lake.close())

/** Sends one option to one endpoint, the way a client would. */
const PROBES: Record<string, (option: string, value: string) => Promise<unknown>> = {
  'GET /data/query': (option, value) =>
    t.reader.request({uri: '/data/query/production', query: {query: 'count(*)', [option]: value}}),
  'POST /data/query': (option, value) =>
    t.reader.request({method: 'POST', uri: '/data/query/production', body: {query: 'count(*)', [option]: value}}),
  'POST /data/mutate': (option, value) =>
    t.writer.request({
      method: 'POST',
      uri: '/data/mutate/production',
      query: {[option]: value},
      body: {mutations: [{createIfNotExists: {_id: uid('compat'), _type: 'note'}}]},
    }),
  'POST /data/actions': (option, value) =>
    t.writer.request({
      method: 'POST',
      uri: '/data/actions/production',
      body: {
        actions: [{actionType: 'sanity.action.document.create', publishedId: uid('c'), attributes: {_type: 'note'}}],
        [option]: value === 'true' ? true : value,
      },
    }),
  'GET /data/doc': (option, value) => t.reader.request({uri: '/data/doc/production/x', query: {[option]: value}}),
  'GET /data/export': (option, value) =>
    t.reader.request({uri: '/data/export/production', query: {[option]: value}, json: false}),
  'GET /data/history/documents': (option, value) =>
    t.reader.request({uri: '/data/history/production/documents/x', query: {[option]: value}}),
  'GET /data/history/transactions': (option, value) =>
    t.reader.request({uri: '/data/history/production/transactions/x', query: {[option]: value}, json: false}),
  'GET /data/history/events/documents': (option, value) =>
    t.reader.request({uri: '/data/history/production/events/documents/x', query: {[option]: value}}),
}
const probed = rows.filter((row) => PROBES[row.endpoint] && row.option in VALUES)

test('the table is well formed and lists the endpoints the lake serves', () => {
  expect(rows.length).toBeGreaterThan(40)
  for (const row of rows) expect(['supported', 'differs', 'refused']).toContain(row.status)
  for (const endpoint of Object.keys(PROBES)) expect(rows.map((row) => row.endpoint)).toContain(endpoint)
  // Every option of a probed endpoint has a value to send, or is part of the request itself.
  const structural = new Set(['query', '$<param>', 'mutations', 'actions', 'transactionId', 'ids'])
  for (const row of rows.filter((r) => PROBES[r.endpoint])) {
    expect(structural.has(row.option) || row.option in VALUES).toBe(true)
  }
})

test("the refused rows are exactly the lake's refused options", () => {
  const documented = rows
    .filter((row) => row.status === 'refused')
    .map((row) => `${row.endpoint.split(' /data/')[1]}:${row.option}`)
  const implemented = Object.entries(REFUSED_OPTIONS).flatMap(([endpoint, options]) =>
    (options as readonly string[]).map((option) => `${endpoint}:${option}`),
  )
  expect(new Set(documented)).toEqual(new Set(implemented))
})

test.each(probed.filter((row) => row.status === 'refused').map((row) => [row.endpoint, row.option]))(
  '%s refuses %s with a 400 naming it',
  async (endpoint, option) => {
    const error = await failure(PROBES[endpoint](option, VALUES[option]))
    expect(error.statusCode).toBe(400)
    expect(error.body.error.type).toBe('unsupportedOptionError')
    expect(error.message).toContain(`"${option}"`)
  },
)

test.each(probed.filter((row) => row.status !== 'refused').map((row) => [row.endpoint, row.option, row.status]))(
  '%s accepts %s (%s)',
  async (endpoint, option) => {
    await expect(PROBES[endpoint](option, VALUES[option])).resolves.toBeDefined()
  },
)
