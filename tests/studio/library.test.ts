/** @jest-environment node */
/**
 * The rest of the newsroom's library in the real Studio on the local lake: an author photo
 * uploaded to the lake and shown on the site, a topic's whole life (create, publish, discard a
 * change, delete), Vision's GROQ, and a viewer who may look but not write.
 * Needs the e2e global setup (one production build): it runs in the `studio` Jest project.
 */
import {createHash} from 'node:crypto'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {E2E_READ_TOKEN} from '../support/e2e'
import {png} from './support'
import {eventually, field, fillUntilSaved, signInUrl, startStudioSession, type StudioSession} from './browser'

const describeStudio = process.env.E2E_STATE ? describe : describe.skip
jest.setTimeout(180_000)

let s: StudioSession
const footerMenu = async () => {
  await s.page.locator('[data-testid="pane-footer"] [data-testid="action-menu-button"]').click()
}

describeStudio('the library on the local lake', () => {
  beforeAll(async () => {
    s = await startStudioSession()
    await s.page.goto(signInUrl(s.site.baseUrl))
    await s.page.locator('[data-testid="pane-item-Articles"]').waitFor({timeout: 60_000})
  })
  afterAll(() => s?.close())

  test("an uploaded author photo is stored by the lake and shown on the author's page", async () => {
    const file = join(s.site.dataFile, '..', 'portrait.png')
    writeFileSync(file, png(320, 240, 90))
    // The sample edition gives every author a portrait: take this one's away, so the Studio offers an upload.
    await s.lake.patch('author-elena-marsh').unset(['photo']).commit()
    await s.page.goto(`${s.site.baseUrl}/studio/structure/author;author-elena-marsh`)
    await field(s.page, 'name').waitFor()
    await s.page.locator('input[type="file"]').first().setInputFiles(file)
    await field(s.page, 'photo.alt').locator('input').fill('Elena Marsh, portrait')
    // Content-addressed: the page must name this upload's hash (not a photo from before).
    const hash = createHash('sha1').update(readFileSync(file)).digest('hex')
    // Both the finished upload and the alt text must be in the draft before publishing: the upload
    // can land after the alt text, and a draft published between the two has no picture.
    await eventually(async () => {
      const photo = (await s.lake.getDocument('drafts.author-elena-marsh'))?.photo
      return photo?.alt && photo.asset?._ref?.includes(hash)
    }, 'the uploaded photo and its alt text in the draft')
    await s.page.locator('[data-testid="action-publish"]').click()
    // Published first, then the page: two waits, so a failure says which step was slow.
    await eventually(
      async () => (await s.lake.getDocument('author-elena-marsh'))?.photo?.asset?._ref?.includes(hash),
      'the published photo',
    )
    const photo = /class="pic profile__photo"[\s\S]*?(<img[^>]*class="pic__img"[^>]*>)/
    const src = await eventually(async () => {
      const img = photo.exec((await s.html('/authors/elena-marsh')).text)?.[1]
      const found = img && /\ssrc="([^"]+)"/.exec(img)?.[1]
      return found?.includes(hash) && found.replace(/&amp;/g, '&')
    }, 'the new photo on the author page')
    // The page asks the lake's image pipeline for a resized copy; the asset itself is the upload, byte for byte.
    expect((await fetch(src)).headers.get('content-type')).toMatch(/^image\//)
    const original = await fetch(src.split('?')[0])
    expect(original.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await original.arrayBuffer()).equals(readFileSync(file))).toBe(true)
  })

  test('a topic is created, published, has a change discarded, and is deleted', async () => {
    const id = `topic-studio-${Date.now().toString(36)}`
    const titleInput = field(s.page, 'title').locator('input')
    await s.page.goto(`${s.site.baseUrl}/studio/structure/topic;${id}`)
    await titleInput.fill('Studio topic')
    await field(s.page, 'slug').getByRole('button', {name: 'Generate'}).click()
    await eventually(async () => (await s.lake.getDocument(`drafts.${id}`))?.slug, 'the topic draft')
    await s.page.locator('[data-testid="action-publish"]').click()
    await eventually(async () => (await s.lake.getDocument(id))?.title === 'Studio topic', 'the published topic')

    await fillUntilSaved(
      titleInput,
      'Studio topic, changed',
      async () => (await s.lake.getDocument(`drafts.${id}`))?.title === 'Studio topic, changed',
      'the changed draft',
    )
    await footerMenu()
    await s.page.getByRole('menuitem', {name: /Discard changes/}).click()
    await s.page
      .getByRole('dialog')
      .getByRole('button', {name: /Discard/})
      .last()
      .click()
    await eventually(async () => !(await s.lake.getDocument(`drafts.${id}`)), 'the draft to be discarded')
    // The form follows the lake: back to the published title, no reload.
    await eventually(
      async () => (await titleInput.inputValue()) === 'Studio topic',
      'the form to show the published title',
    )

    await footerMenu()
    await s.page.getByRole('menuitem', {name: /Delete/}).click()
    await s.page
      .getByRole('dialog')
      .getByRole('button', {name: /Delete/})
      .last()
      .click()
    await eventually(
      async () => (await s.lake.getDocuments([id, `drafts.${id}`])).every((doc) => !doc),
      'the topic to be deleted',
    )
  })

  test('Vision runs GROQ against the lake', async () => {
    await s.page.goto(`${s.site.baseUrl}/studio/vision`)
    await s.page.locator('[data-testid="vision-query-editor"] .cm-content').click()
    await s.page.keyboard.press('Control+A')
    await s.page.keyboard.type('count(*[_type == "topic"])')
    await s.page.getByRole('button', {name: /Fetch/}).click()
    const expected = await s.lake.fetch<number>('count(*[_type == "topic"])')
    await s.page.locator('[data-testid="vision-result"]').getByText(String(expected), {exact: true}).waitFor()
  })

  test('a viewer signed in with the read token sees documents but may not edit them', async () => {
    const context = await s.browser.newContext({viewport: {width: 1400, height: 1000}})
    const page = await context.newPage()
    await page.goto(signInUrl(s.site.baseUrl, '/structure/topic;topic-geopolitics', E2E_READ_TOKEN))
    await page.getByText(/does not have permission to edit/).waitFor({timeout: 60_000})
    expect(
      await field(page, 'title')
        .locator('input')
        .evaluate((input: HTMLInputElement) => input.readOnly),
    ).toBe(true)
    expect(await page.locator('[data-testid="action-publish"]').isDisabled()).toBe(true)
    await context.close()
  })

  test('nothing failed in the Studio beyond its offline calls to Sanity', () => {
    expect(s.errors.filter((e) => !e.includes('Content Security Policy'))).toEqual([])
  })

  // The Studio's CSP (next.config.ts) must let it show uploaded images from its API host.
  test('the Content Security Policy let the Studio show uploaded images', () => {
    expect(s.errors.filter((e) => e.includes('Content Security Policy'))).toEqual([])
  })
})
