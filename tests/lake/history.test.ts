/** @jest-environment node */
import {applyPatch} from 'mendoza'
import {startTestLake, type TestLake} from '../support/lake'
import {failure, tick, uid} from './helpers'

type Json = Record<string, unknown>
interface LogEntry {
  id: string
  timestamp: string
  author: string
  documentIDs: string[]
  mutations?: Json[]
  effects?: Record<string, {apply: unknown[]; revert: unknown[]}>
}

let t: TestLake
const id = uid('story')
const draftId = `drafts.${id}`
const revs: string[] = []
const times: string[] = []

const act = async (action: Json) => {
  const {transactionId} = await t.writer.request<{transactionId: string}>({
    method: 'POST',
    uri: '/data/actions/production',
    body: {actions: [action]},
  })
  revs.push(transactionId)
  times.push(new Date().toISOString())
  await tick(10)
}
const edit = (title: string) =>
  act({actionType: 'sanity.action.document.edit', draftId, publishedId: id, patch: {set: {title}}})

const transactions = async (ids: string, query: Record<string, string>) => {
  const text = await t.reader.request<Buffer | string>({
    uri: `/data/history/production/transactions/${ids}`,
    query,
    json: false,
  })
  return String(text)
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LogEntry)
}
const withoutRev = (doc: unknown) => {
  if (!doc) return doc
  const {_rev: _r, ...rest} = doc as Json
  return rest
}

beforeAll(async () => {
  t = await startTestLake()
  await act({
    actionType: 'sanity.action.document.create',
    publishedId: id,
    attributes: {_id: draftId, _type: 'article', title: 'One'},
  }) // 0: draft created
  await edit('Two') // 1
  await act({actionType: 'sanity.action.document.publish', draftId, publishedId: id}) // 2
  await edit('Three') // 3: a new draft from the published document
  await act({actionType: 'sanity.action.document.discard', draftId}) // 4
})
afterAll(() => t.lake.close())

test('a document at a revision, and at a time, as the Studio asks for them', async () => {
  const atRevision = await t.reader.request<{documents: Json[]}>({
    url: `/data/history/production/documents/${id},${draftId}?revision=${revs[1]}`,
  })
  expect(atRevision.documents).toEqual([expect.objectContaining({_id: draftId, _rev: revs[1], title: 'Two'})])
  const atTime = await t.reader.request<{documents: Json[]}>({
    url: `/data/history/production/documents/${draftId}?time=${times[0]}`,
  })
  expect(atTime.documents).toEqual([expect.objectContaining({_id: draftId, _rev: revs[0], title: 'One'})])
  const published = await t.reader.request<{documents: Json[]}>({
    url: `/data/history/production/documents/${id}?revision=${revs[2]}`,
  })
  expect(published.documents).toEqual([expect.objectContaining({_id: id, _rev: revs[2], title: 'Two'})])
  // A discarded draft has a last revision.
  const last = await t.reader.request<{documents: Json[]}>({
    url: `/data/history/production/documents/${draftId}?lastRevision=true`,
  })
  expect(last.documents).toEqual([expect.objectContaining({_id: draftId, title: 'Three'})])
})

test('transactions with mendoza effects replay every state of the draft, forwards and backwards', async () => {
  const log = await transactions(draftId, {
    tag: 'sanity.studio.documents.history',
    effectFormat: 'mendoza',
    excludeContent: 'true',
    includeIdentifiedDocumentsOnly: 'true',
    limit: '50',
  })
  expect(log.map((tx) => tx.id)).toEqual(revs)
  let state: unknown = null
  for (const tx of log) {
    expect(tx.documentIDs).toEqual([draftId])
    const effect = tx.effects![draftId]
    const next = applyPatch(state, effect.apply)
    expect(withoutRev(applyPatch(next, effect.revert))).toEqual(withoutRev(state))
    state = next
  }
  expect(state).toBeNull() // discarded last
  const titles: unknown[] = []
  state = null
  for (const tx of log) titles.push(((state = applyPatch(state, tx.effects![draftId].apply)) as Json | null)?.title)
  expect(titles).toEqual(['One', 'Two', undefined, 'Three', undefined])
})

test('the Studio timeline query: reverse, limit, excludeMutations, toTransaction', async () => {
  const query = {
    effectFormat: 'mendoza',
    excludeMutations: 'true',
    includeIdentifiedDocumentsOnly: 'true',
    reverse: 'true',
  }
  const newest = await transactions(`${id},${draftId}`, {...query, limit: '2'})
  expect(newest.map((tx) => tx.id)).toEqual([revs[4], revs[3]])
  expect(newest[0]).not.toHaveProperty('mutations')
  const upTo = await transactions(`${id},${draftId}`, {...query, toTransaction: revs[2], limit: '50'})
  expect(upTo.map((tx) => tx.id)).toEqual([revs[2], revs[1], revs[0]])
  // The publish touched both documents; asking for one names only that one.
  expect(upTo[0].documentIDs.sort()).toEqual([draftId, id].sort())
  const onlyPublished = await transactions(id, {...query, fromTransaction: revs[2], toTransaction: revs[2]})
  expect(onlyPublished[0].documentIDs).toEqual([id])
})

test('mutations in the log, with and without content', async () => {
  const [withContent] = await transactions(draftId, {fromTransaction: revs[1], toTransaction: revs[1]})
  expect(withContent.mutations).toEqual([{createOrReplace: expect.objectContaining({_id: draftId, title: 'Two'})}])
  const [without] = await transactions(draftId, {
    fromTransaction: revs[1],
    toTransaction: revs[1],
    excludeContent: 'true',
  })
  expect(without.mutations).toEqual([{createOrReplace: {_id: draftId, _type: 'article'}}])
})

test("the document group's events, newest first, in the Studio's shapes", async () => {
  const response = await t.reader.request<{events: Record<string, Json[]>; nextCursor: string}>({
    url: `/data/history/production/events/documents/${draftId}?limit=100`,
  })
  expect(response.nextCursor).toBe('')
  expect(response.events[draftId].map((event) => event.type)).toEqual([
    'deleteDocumentVersion',
    'createDocumentVersion',
    'publishDocumentVersion',
    'createDocumentVersion',
  ])
  expect(response.events[draftId][2]).toMatchObject({
    documentId: id,
    versionId: draftId,
    versionRevisionId: revs[1],
    revisionId: revs[2],
    publishCause: 'document.publish',
    author: 'test-editor',
  })
  const page = await t.reader.request<{events: Record<string, Json[]>; nextCursor: string}>({
    url: `/data/history/production/events/documents/${id}?limit=3`,
  })
  expect(page.events[id]).toHaveLength(3)
  const rest = await t.reader.request<{events: Record<string, Json[]>; nextCursor: string}>({
    url: `/data/history/production/events/documents/${id}?limit=3&nextCursor=${page.nextCursor}`,
  })
  expect(rest.events[id].map((event) => event.type)).toEqual(['createDocumentVersion'])
})

test('restoring a revision, as the Studio does: read it, then replace the draft with it', async () => {
  const {documents} = await t.reader.request<{documents: Json[]}>({
    url: `/data/history/production/documents/${id},${draftId}?revision=${revs[0]}`,
  })
  const {_id: _i, _rev: _r, _createdAt: _c, _updatedAt: _u, ...content} = documents[0]
  await act({
    actionType: 'sanity.action.document.replaceDraft',
    publishedId: id,
    attributes: {...content, _id: draftId},
  })
  expect(await t.reader.getDocument(draftId)).toMatchObject({title: 'One'})
})

test('history needs a token, and bad parameters are 400s', async () => {
  expect((await failure(t.anon.request({url: `/data/history/production/documents/${id}?revision=x`}))).statusCode).toBe(
    404,
  )
  const noAt = await failure(t.reader.request({url: `/data/history/production/documents/${id}`}))
  expect(noAt.statusCode).toBe(400)
  const badLimit = await failure(t.reader.request({url: `/data/history/production/transactions/${id}?limit=0`}))
  expect(badLimit.message).toContain('limit')
})
