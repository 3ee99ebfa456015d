/** @jest-environment node */
import {ArticleSchema, getArticleBySlug} from '@/lib/queries/article'
import {ContentShapeError, sanityFetch} from '@/lib/sanity/fetch'
import {SEED_SLUG, startSiteLake, type SiteLake} from '../support/site'

let site: SiteLake
beforeAll(async () => {
  site = await startSiteLake()
})
afterAll(() => site.close())

// The seed article with one field of the wrong type, everything else as ArticleSchema expects.
const malformed = (field: string) => `*[_type == "article" && slug.current == $slug][0]{
  _id, title, "slug": slug.current, dek, publishedAt, updatedAt, correction, "seo": null, "image": null,
  "author": author->{name, "slug": slug.current, role, bio, "photo": null},
  "topics": [], "body": [], "relatedPicks": [], "commentCount": 7,
  ${field}
}`

async function shapeErrorOf(query: string): Promise<ContentShapeError> {
  const error = await sanityFetch({query, params: {slug: SEED_SLUG}, schema: ArticleSchema, tags: ['article']}).catch(
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ContentShapeError)
  return error as ContentShapeError
}

test('the well-formed query passes the schema', async () => {
  const article = await getArticleBySlug(SEED_SLUG)
  expect(article?.title).toBe('The Druk-NATO Nexus: Assessing Strategic Realignment in the Himalayas')
})

test('a top-level field of the wrong type is named in the error', async () => {
  const error = await shapeErrorOf(malformed('"title": count(body)'))
  expect(error.message).toMatch(/^Unexpected content shape for query tagged \[article\]: /)
  expect(error.message).toMatch(/\btitle: .*expected string/i)
  expect(error.message).not.toMatch(/\bslug:/)
})

test('a nested field is named by its path', async () => {
  const error = await shapeErrorOf(
    malformed('"author": {"name": 42, "slug": "x", "role": null, "bio": null, "photo": null}'),
  )
  expect(error.message).toMatch(/\bauthor\.name: .*expected string/i)
})

test('a negative comment count is refused', async () => {
  const error = await shapeErrorOf(malformed('"commentCount": -1'))
  expect(error.message).toMatch(/\bcommentCount: /)
})
