/** @jest-environment node */
import {clientFor, startTestLake, READ_TOKEN, type TestLake} from '../support/lake'
import {failure, uid} from './helpers'

let t: TestLake
const type = uid('stackType')
const pub = uid('pub')
const draftOnly = uid('draftonly')
const release = 'rSpring'

beforeAll(async () => {
  t = await startTestLake()
  await t.writer
    .transaction()
    .create({_id: pub, _type: type, title: 'Published'})
    .create({_id: `drafts.${pub}`, _type: type, title: 'Draft'})
    .create({_id: `drafts.${draftOnly}`, _type: type, title: 'Only a draft'})
    .create({_id: `_.releases.${release}`, _type: 'system.release', state: 'active'})
    .create({_id: `versions.${release}.${pub}`, _type: type, title: 'In the spring release'})
    .commit()
})
afterAll(() => t.lake.close())

const titles = async (perspective: unknown, client = t.reader) =>
  (
    await client.fetch<Array<{_id: string; title: string}>>(
      '*[_type == $type]{_id, title}',
      {type},
      {
        perspective: perspective as 'raw',
      },
    )
  )
    .map((doc) => `${doc._id}:${doc.title}`)
    .sort()

test('the client stack ["drafts", "published"] is the drafts perspective', async () => {
  expect(await titles(['drafts', 'published'])).toEqual(await titles('drafts'))
  expect(await titles(['drafts', 'published'])).toEqual([`${draftOnly}:Only a draft`, `${pub}:Draft`].sort())
})

test('previewDrafts is the old name of drafts', async () => {
  expect(await titles('previewDrafts')).toEqual(await titles('drafts'))
})

test('["published"] is the published perspective', async () => {
  expect(await titles(['published'])).toEqual([`${pub}:Published`])
})

test('a release stack shows the release version first, then drafts, then published', async () => {
  expect(await titles([release, 'drafts', 'published'])).toEqual(
    [`${pub}:In the spring release`, `${draftOnly}:Only a draft`].sort(),
  )
})

test('a stack naming a release that does not exist is a 400 naming it', async () => {
  const error = await failure(t.reader.fetch('*[0]', {}, {perspective: ['rNowhere', 'drafts']}))
  expect(error.statusCode).toBe(400)
  expect(error.message).toContain('rNowhere')
})

test('versions.* documents show in raw from API version 2025-02-19 on, never before, never in drafts or published', async () => {
  const versionId = `versions.${release}.${pub}`
  const ids = async (perspective: string, apiVersion = '2025-02-19') =>
    (
      await clientFor(t.lake.url, READ_TOKEN, apiVersion).fetch<string[]>(
        '*[_type == $type]._id',
        {type},
        {
          perspective: perspective as 'raw',
        },
      )
    ).sort()
  expect(await ids('raw')).toContain(versionId)
  expect(await ids('raw', '2024-01-01')).not.toContain(versionId)
  expect(await clientFor(t.lake.url, READ_TOKEN, '2024-01-01').fetch('*[_id == $versionId]', {versionId})).toEqual([])
  expect(await ids('drafts')).not.toContain(versionId)
  expect(await ids('published')).not.toContain(versionId)
})
