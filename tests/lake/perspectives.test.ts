/** @jest-environment node */
import type {SanityClient} from '@sanity/client'
import {READ_TOKEN, clientFor, startTestLake, type TestLake} from '../support/lake'
import {failure, uid} from './helpers'

let t: TestLake
const type = uid('perspectiveType')
const pub = uid('pub')
const draftOnly = uid('draftonly')
const author = uid('author')
const contact = `comment-contact.${uid('c')}`

beforeAll(async () => {
  t = await startTestLake()
  await t.writer
    .transaction()
    .create({_id: pub, _type: type, title: 'Published title', author: {_type: 'reference', _ref: author}})
    .create({_id: `drafts.${pub}`, _type: type, title: 'Draft title', author: {_type: 'reference', _ref: author}})
    .create({_id: `drafts.${draftOnly}`, _type: type, title: 'Only a draft'})
    .create({_id: author, _type: 'person', name: 'Published name'})
    .create({_id: `drafts.${author}`, _type: 'person', name: 'Draft name'})
    .create({_id: contact, _type: 'commentContact', email: 'x@example.com'})
    .commit()
})
afterAll(() => t.lake.close())

const byId = <T extends {_id: string}>(docs: T[]) => [...docs].sort((a, b) => a._id.localeCompare(b._id))
const ofType = (client: SanityClient, perspective?: 'published' | 'drafts' | 'raw') =>
  client.fetch<Array<{_id: string; title: string}>>(
    '*[_type == $type]{_id, title}',
    {type},
    perspective ? {perspective} : {},
  )

test('published is the default for API version 2025-02-19: no drafts', async () => {
  expect(byId(await ofType(t.reader))).toEqual([{_id: pub, title: 'Published title'}])
  expect(await t.reader.fetch('count(*[_id in path("drafts.**")])')).toBe(0)
})

test('published, asked for explicitly, leaves out drafts but keeps other dotted ids for a token holder', async () => {
  expect(byId(await ofType(t.reader, 'published'))).toEqual([{_id: pub, title: 'Published title'}])
  expect(await t.reader.fetch('*[_id == $contact][0].email', {contact}, {perspective: 'published'})).toBe(
    'x@example.com',
  )
})

test('drafts overlays drafts on published documents under the published id', async () => {
  const docs = await t.reader.fetch<Array<{_id: string; _originalId: string; title: string}>>(
    '*[_type == $type]{_id, _originalId, title}',
    {type},
    {perspective: 'drafts'},
  )
  expect(byId(docs)).toEqual(
    byId([
      {_id: pub, _originalId: `drafts.${pub}`, title: 'Draft title'},
      {_id: draftOnly, _originalId: `drafts.${draftOnly}`, title: 'Only a draft'},
    ]),
  )
  // Each document once, and no draft is addressable by its draft id.
  expect(await t.reader.fetch('count(*[_type == $type])', {type}, {perspective: 'drafts'})).toBe(2)
  expect(await t.reader.fetch('*[_id == $id]', {id: `drafts.${pub}`}, {perspective: 'drafts'})).toEqual([])
})

test('drafts resolves references to the draft of the referenced document', async () => {
  const query = '*[_id == $id][0]{"author": author->name}'
  expect(await t.reader.fetch(query, {id: pub}, {perspective: 'drafts'})).toEqual({author: 'Draft name'})
  expect(await t.reader.fetch(query, {id: pub}, {perspective: 'published'})).toEqual({author: 'Published name'})
})

test('raw shows drafts and published documents under their own ids', async () => {
  expect(byId(await ofType(t.reader, 'raw'))).toEqual(
    byId([
      {_id: pub, title: 'Published title'},
      {_id: `drafts.${pub}`, title: 'Draft title'},
      {_id: `drafts.${draftOnly}`, title: 'Only a draft'},
    ]),
  )
})

test.each(['2021-10-21', '1', 'X'])('raw is the default for API version %s', async (apiVersion) => {
  const old = clientFor(t.lake.url, READ_TOKEN, apiVersion)
  expect((await ofType(old)).map((d) => d._id).sort()).toEqual([pub, `drafts.${pub}`, `drafts.${draftOnly}`].sort())
})

test('an unknown perspective is a 400', async () => {
  const error = await failure(t.reader.fetch('*[_type == $type]', {type}, {perspective: 'everything' as 'raw'}))
  expect(error.statusCode).toBe(400)
  expect(error.body.error.description).toMatch(/perspective/i)
})

test('the perspective applies to queries sent by POST too', async () => {
  // Queries longer than the client's GET limit go by POST, with the perspective in the URL.
  const padding = ' '.repeat(12000)
  const result = await t.reader.fetch<string[]>(`*[_type == $type]._id${padding}`, {type}, {perspective: 'drafts'})
  expect(result.sort()).toEqual([pub, draftOnly].sort())
})

test('without a token the drafts perspective has no drafts to overlay', async () => {
  expect(byId(await ofType(t.anon, 'drafts'))).toEqual([{_id: pub, title: 'Published title'}])
})

test('the views follow writes: a new draft shows up in the drafts perspective at once', async () => {
  const id = uid('late')
  await t.writer.create({_id: id, _type: type, title: 'Published later'})
  expect(await t.reader.fetch('*[_id == $id][0].title', {id}, {perspective: 'drafts'})).toBe('Published later')
  await t.writer.create({_id: `drafts.${id}`, _type: type, title: 'Edited'})
  expect(await t.reader.fetch('*[_id == $id][0].title', {id}, {perspective: 'drafts'})).toBe('Edited')
  expect(await t.reader.fetch('*[_id == $id][0].title', {id}, {perspective: 'published'})).toBe('Published later')
  await t.writer.delete(`drafts.${id}`)
  expect(await t.reader.fetch('*[_id == $id][0].title', {id}, {perspective: 'drafts'})).toBe('Published later')
})
