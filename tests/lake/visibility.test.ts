/** @jest-environment node */
import {clientFor, startTestLake, type TestLake} from '../support/lake'
import {failure, uid} from './helpers'

let t: TestLake
const type = uid('visType')
const article = uid('article')
const draft = `drafts.${article}`
const draftOnly = `drafts.${uid('draftonly')}`
const contact = `comment-contact.${uid('c')}`
const secret = `private.${uid('s')}`

beforeAll(async () => {
  t = await startTestLake()
  await t.writer
    .transaction()
    .create({
      _id: article,
      _type: type,
      title: 'Public',
      contact: {_type: 'reference', _ref: contact},
      related: [{_type: 'reference', _ref: draftOnly, _key: 'k'}],
    })
    .create({_id: draft, _type: type, title: 'Draft'})
    .create({_id: draftOnly, _type: type, title: 'Unpublished'})
    .create({_id: contact, _type: 'commentContact', email: 'reader@example.com'})
    .create({_id: secret, _type: type, title: 'Secret'})
    .commit()
})
afterAll(() => t.lake.close())

describe('without a token', () => {
  test.each(['published', 'drafts', 'raw'] as const)(
    'queries see public ids only (%s perspective)',
    async (perspective) => {
      const ids = await t.anon.fetch<string[]>(
        '*[_type == $type || _type == "commentContact"]._id',
        {type},
        {perspective},
      )
      expect(ids).toEqual([article])
      const all = await t.anon.fetch<string[]>('*._id', {}, {perspective})
      expect(all).toContain(article)
      expect(all.filter((id) => id.includes('.'))).toEqual([])
    },
  )

  test('querying a private id by name finds nothing', async () => {
    for (const id of [draft, contact, secret]) {
      expect(await t.anon.fetch('*[_id == $id][0]', {id}, {perspective: 'raw'})).toBeNull()
    }
    expect(await t.anon.fetch('*[_type == "commentContact"].email', {}, {perspective: 'raw'})).toEqual([])
  })

  test('-> does not dereference to private documents', async () => {
    expect(
      await t.anon.fetch(
        '*[_id == $id][0]{"email": contact->email, "related": related[]->title}',
        {id: article},
        {perspective: 'raw'},
      ),
    ).toEqual({
      email: null,
      related: [null],
    })
  })

  test('getDocument returns nothing for a private id', async () => {
    expect(await t.anon.getDocument(draft)).toBeUndefined()
    expect(await t.anon.getDocument(contact)).toBeUndefined()
    expect(await t.anon.getDocument(article)).toMatchObject({title: 'Public'})
  })

  test('getDocuments returns null in the place of each private id', async () => {
    const docs = await t.anon.getDocuments([article, draft, contact, secret])
    expect(docs.map((d) => d?._id ?? null)).toEqual([article, null, null, null])
  })

  test('the doc endpoint says why each id was omitted', async () => {
    const missing = uid('missing')
    const res = await fetch(`${t.lake.url}/v2025-02-19/data/doc/production/${[article, contact, missing].join(',')}`)
    const body = await res.json()
    expect(body.documents.map((d: {_id: string}) => d._id)).toEqual([article])
    expect(body.omitted).toEqual([
      {id: contact, reason: 'permission'},
      {id: missing, reason: 'existence'},
    ])
    expect(JSON.stringify(body)).not.toContain('reader@example.com')
  })

  test('the export endpoint leaves out private documents', async () => {
    const res = await fetch(`${t.lake.url}/v2025-02-19/data/export/production`)
    const ids = (await res.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line)._id)
    expect(ids).toContain(article)
    expect(ids.filter((id) => id.includes('.'))).toEqual([])
  })
})

describe('with the read token', () => {
  test('queries see drafts and other dotted ids in the raw perspective', async () => {
    const ids = await t.reader.fetch<string[]>(
      '*[_type == $type || _type == "commentContact"]._id',
      {type},
      {perspective: 'raw'},
    )
    expect(ids.sort()).toEqual([article, draft, draftOnly, contact, secret].sort())
  })

  test('-> dereferences private documents', async () => {
    expect(
      await t.reader.fetch(
        '*[_id == $id][0]{"email": contact->email, "related": related[]->title}',
        {id: article},
        {perspective: 'raw'},
      ),
    ).toEqual({
      email: 'reader@example.com',
      related: ['Unpublished'],
    })
  })

  test('getDocument and getDocuments return private documents', async () => {
    expect(await t.reader.getDocument(contact)).toMatchObject({email: 'reader@example.com'})
    const docs = await t.reader.getDocuments([article, draft, contact, secret])
    expect(docs.map((d) => d?._id ?? null)).toEqual([article, draft, contact, secret])
  })
})

describe('writes', () => {
  test('without a token are a 401 and change nothing', async () => {
    const id = uid('w')
    const error = await failure(t.anon.create({_id: id, _type: type}))
    expect(error.statusCode).toBe(401)
    expect(await t.reader.getDocument(id)).toBeUndefined()
  })

  test('with the read token are a 403 and change nothing', async () => {
    const error = await failure(t.reader.patch(article).set({title: 'Defaced'}).commit())
    expect(error.statusCode).toBe(403)
    expect(error.body.error.type).toBe('forbiddenError')
    expect((await t.anon.getDocument(article))?.title).toBe('Public')
  })

  test('with an unknown token are a 401, and so are reads', async () => {
    const stranger = clientFor(t.lake.url, 'not-a-token-the-lake-knows-0123456789')
    const id = uid('w')
    expect((await failure(stranger.create({_id: id, _type: type}))).statusCode).toBe(401)
    expect((await failure(stranger.fetch('*[_id == $id][0]', {id: contact}))).statusCode).toBe(401)
    expect((await failure(stranger.getDocument(contact))).statusCode).toBe(401)
    expect(await t.reader.getDocument(id)).toBeUndefined()
  })

  test('a malformed Authorization header is a 401, not anonymous access', async () => {
    const res = await fetch(`${t.lake.url}/v2025-02-19/data/doc/production/${contact}`, {
      headers: {authorization: 'Basic abc'},
    })
    expect(res.status).toBe(401)
  })
})
