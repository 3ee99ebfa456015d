/** @jest-environment node */
/**
 * An editor's day in the real Sanity Studio on the embedded default: sign in with a token, write
 * and publish an article (H2, expert quote), see it on the site; edit it; unpublish it and see it
 * 404; approve a reader's comment. The Studio
 * talks only to the local lake (HTTPS/HTTP2); the site hears of changes through the lake's webhooks.
 * Needs the e2e global setup (one production build): it runs in the `studio` Jest project.
 * Uploads, topics, Vision and viewers: library.test.ts.
 */
import {E2E_WRITE_TOKEN} from '../support/e2e'
import {
  choosePerspective,
  eventually,
  field,
  fillArticle,
  fillUntilSaved,
  signInUrl,
  startStudioSession,
  type StudioSession,
} from './browser'

const describeStudio = process.env.E2E_STATE ? describe : describe.skip
jest.setTimeout(180_000)

let s: StudioSession
const suffix = Date.now().toString(36)
const id = `studio-journey-${suffix}`
const title = `Studio journey ${suffix}`
const slug = `studio-journey-${suffix}`

describeStudio('an editor on the local lake', () => {
  beforeAll(async () => {
    s = await startStudioSession()
  })
  afterAll(() => s?.close())

  test('signs in with the token from the URL and keeps it', async () => {
    await s.page.goto(signInUrl(s.site.baseUrl))
    await s.page.locator('[data-testid="pane-item-Articles"]').waitFor({timeout: 60_000})
    expect(s.page.url()).not.toContain('token=')
    const stored = await s.page.evaluate(() => localStorage.getItem('__studio_auth_token_local'))
    expect(JSON.parse(stored!).token).toBe(E2E_WRITE_TOKEN)
  })

  test('writes and publishes an article that the site then shows', async () => {
    await s.page.goto(`${s.site.baseUrl}/studio/structure/article;${id}`)
    await field(s.page, 'title').locator('input').waitFor()
    await fillArticle(s.page, {
      title,
      dek: 'A standfirst written in the embedded Studio.',
      author: ['Karma', /Karma Choden/],
      topic: ['Geopol', /Geopolitics/],
      heading: 'Why it matters',
      paragraph: 'The first paragraph of the body.',
      quote: ['careful diplomacy', /careful diplomacy/i],
    })
    // Edits autosave as a draft, which only token holders can read.
    const body = async () =>
      ((await s.lake.getDocument(`drafts.${id}`))?.body ?? []) as Array<{style?: string; _type: string}>
    const complete = (blocks: Array<{style?: string; _type: string}>) =>
      blocks.some((b) => b.style === 'h2') && blocks.some((b) => b._type === 'expertQuoteRef')
    await eventually(async () => complete(await body()), 'a draft body with the H2 and the expert quote')
    // The list beside the editor picks up the new document without a reload.
    await s.page.locator('[data-testid="document-list-pane"]').getByText(title).first().waitFor()

    await s.page.locator('[data-testid="action-publish"]').click()
    await eventually(
      async () => (await s.lake.getDocument(id)) && !(await s.lake.getDocument(`drafts.${id}`)),
      'the published article',
    )
    await eventually(async () => (await s.html('/')).text.includes(title), 'the homepage to list the article')
    const article = await s.html(`/articles/${slug}`)
    expect(article.status).toBe(200)
    expect(article.text).toMatch(/<h2[^>]*>Why it matters<\/h2>/)
    expect(article.text).toContain('careful diplomacy')
  })

  test('an edit becomes a draft, and the site shows it once published again', async () => {
    const revised = `${title}, revised`
    await fillUntilSaved(
      field(s.page, 'title').locator('input'),
      revised,
      async () => (await s.lake.getDocument(`drafts.${id}`))?.title === revised,
      'the edited draft',
    )
    expect((await s.html(`/articles/${slug}`)).text).not.toContain(revised)
    await s.page.locator('[data-testid="action-publish"]').click()
    await eventually(async () => (await s.html(`/articles/${slug}`)).text.includes(revised), 'the revised article page')
  })

  test('unpublishing takes the article off the site', async () => {
    await choosePerspective(s.page, 'Published')
    await s.page.locator('[data-testid="pane-footer"]').getByRole('button', {name: 'Unpublish'}).click()
    await s.page
      .getByRole('dialog')
      .getByRole('button', {name: /Unpublish/})
      .last()
      .click()
    await eventually(async () => (await s.html(`/articles/${slug}`)).status === 404, 'the article to 404')
    expect(await s.lake.getDocument(`drafts.${id}`)).toMatchObject({title: `${title}, revised`})
    await choosePerspective(s.page, 'Drafts')
  })

  test('approving a pending comment puts it on its article', async () => {
    // A pending comment is a draft: the `drafts` perspective lists it under its published id, as the Studio does.
    const comment = await s.lake.fetch<{_id: string; body: string; slug: string}>(
      '*[_type == "comment" && status == "pending" && article->slug.current == "druk-nato-nexus"][0]{_id, body, "slug": article->slug.current}',
      {},
      {perspective: 'drafts'},
    )
    const opening = comment.body.slice(0, 40)
    expect((await s.html(`/articles/${comment.slug}`)).text).not.toContain(opening)
    await s.page.goto(`${s.site.baseUrl}/studio/structure/comments;comments-pending;${comment._id}`)
    // Comments are no longer live-edited, so the first action (Approve) is the footer's button.
    await s.page.locator('[data-testid="action-approve"]').click()
    // Approving publishes: the public document appears with the status, and the draft is gone.
    const published = async () => (await s.lake.getDocument(comment._id))?.status === 'approved'
    const draftGone = async () => !(await s.lake.getDocument(`drafts.${comment._id}`))
    await eventually(async () => (await published()) && (await draftGone()), 'the approved, published comment')
    await eventually(
      async () => (await s.html(`/articles/${comment.slug}`)).text.includes(opening),
      'the comment on the article',
    )
  })

  test('nothing failed in the Studio beyond its offline calls to Sanity', () => {
    expect(s.errors).toEqual([])
  })
})
