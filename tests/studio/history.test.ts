/** @jest-environment node */
/**
 * The Studio's history panel on the local lake: an article's draft edits, its publication and a
 * later edit are listed from the lake's history endpoints (events, transactions with mendoza
 * effects, documents at a revision); an older revision opens read-only and is restored.
 * Needs the e2e global setup (one production build): it runs in the `e2e` Jest project.
 */
import type {Locator} from 'playwright-core'
import {eventually, field, fillUntilSaved, signInUrl, startStudioSession, type StudioSession} from './browser'

const describeStudio = process.env.E2E_STATE ? describe : describe.skip
jest.setTimeout(240_000)

let s: StudioSession
const suffix = Date.now().toString(36)
const id = `studio-history-${suffix}`
const draftId = `drafts.${id}`
const titles = ['History one', 'History two', 'History three', 'History four']

const titleInput = () => field(s.page, 'title').locator('input')
const historyPane = () => s.page.locator('[data-testid="review-changes-pane"]')
/** The panel's entries, newest first, as their labels ("Edited", "Published", …). */
const eventLabels = async (pane: Locator) =>
  (await pane.locator('[data-testid="timeline-item-button"]').allInnerTexts()).map(
    (text) =>
      text
        .split('\n')
        .find((line) => /^[A-Z][a-z]/.test(line.trim()))
        ?.trim() ?? text,
  )
/** The document pane's menu (the last pane's), then its History inspector. */
const openHistory = async () => {
  await s.page.locator('[data-testid="pane-context-menu-button"]').last().click()
  await s.page.getByRole('menuitem', {name: 'History'}).click()
}
const draftTitle = async () => (await s.lake.getDocument(draftId))?.title as string | undefined
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describeStudio('the history panel on the local lake', () => {
  beforeAll(async () => {
    s = await startStudioSession()
    await s.page.goto(signInUrl(s.site.baseUrl))
    await s.page.locator('[data-testid="pane-item-Articles"]').waitFor({timeout: 90_000})
  })
  afterAll(() => s?.close())

  test('an article is drafted, edited twice, published and edited again', async () => {
    // A copy of a sample article, so that it can be published as it stands.
    const {_id, _rev, _createdAt, _updatedAt, ...content} = await s.lake.fetch(
      '*[_type == "article" && slug.current == "druk-nato-nexus"][0]',
    )
    void [_id, _rev, _createdAt, _updatedAt]
    await s.lake.create({...content, _id: draftId, title: titles[0], slug: {_type: 'slug', current: id}})
    await s.page.goto(`${s.site.baseUrl}/studio/structure/article;${id}`)
    await titleInput().waitFor({timeout: 90_000})
    await eventually(async () => (await titleInput().inputValue()) === titles[0], 'the draft in the form', 60_000)
    for (const title of titles.slice(1, 3)) {
      await fillUntilSaved(titleInput(), title, async () => (await draftTitle()) === title, `the draft titled ${title}`)
      // Seconds apart, as an editor's separate edits are.
      await pause(3000)
    }
    await s.page.locator('[data-testid="action-publish"]').click()
    await eventually(
      async () => (await s.lake.getDocument(id))?.title === titles[2] && !(await draftTitle()),
      'the published article',
    )
    await pause(3000)
    await fillUntilSaved(titleInput(), titles[3], async () => (await draftTitle()) === titles[3], 'the new draft')
  })

  test('the History panel lists the edits, the publication and the creations, and reviews the changes', async () => {
    // Opened afresh, as an editor coming back to the article would (the open page's own edits
    // also arrive through the listener, which the panel may count twice until it reloads).
    await s.page.goto(`${s.site.baseUrl}/studio/structure/article;${id}`)
    await titleInput().waitFor({timeout: 90_000})
    await openHistory()
    const pane = historyPane()
    await pane.getByText('Published', {exact: true}).waitFor({timeout: 60_000})
    expect(await eventLabels(pane)).toEqual(['Edited', 'Draft created', 'Published', 'Draft created'])

    // Review changes: the draft against the published document, from the transactions' mendoza effects.
    await s.page.getByRole('tab', {name: 'Review changes'}).click()
    const review = s.page.locator('#review-panel')
    // The title's change as a word diff: "History " kept, "three" removed, "four" added.
    await eventually(
      async () =>
        /From\s+Published[\s\S]*To\s+Edited[\s\S]*Title\s+History\s*three\s*four/.test(await review.innerText()),
      'the title change since publication',
      60_000,
    )
    await s.page.getByRole('tab', {name: 'History'}).click()

    // The publication folds the draft's edits before it; expanded, it shows them.
    const published = pane.locator('[data-testid="timeline-item-button"]').filter({hasText: 'Published'})
    await published.locator('xpath=..').locator('button:not([data-testid])').click()
    await eventually(async () => (await eventLabels(pane)).length === 5, 'the edits inside the publication', 30_000)
    expect(await eventLabels(pane)).toEqual(['Edited', 'Draft created', 'Published', 'Edited', 'Draft created'])
  })

  test('an older revision opens read-only, and restoring it makes it the draft again', async () => {
    const pane = historyPane()
    await pane.locator('[data-testid="timeline-item-button"]').last().click()
    await eventually(async () => (await titleInput().inputValue()) === titles[0], 'the first revision', 30_000)
    expect(await titleInput().isEditable()).toBe(false)
    const footer = s.page.locator('[data-testid="pane-footer"]')
    await expect(footer.innerText()).resolves.toMatch(/Revision from/)

    await s.page.locator('[data-testid="action-reverttorevision"]').click()
    // The action's confirmation is a popover beside the button.
    await s.page.getByRole('button', {name: 'Confirm', exact: true}).click()
    await eventually(async () => (await draftTitle()) === titles[0], 'the restored draft', 30_000)
    // Back on the editable document, at the restored title; the published article is untouched.
    await eventually(
      async () => (await titleInput().isEditable()) && (await titleInput().inputValue()) === titles[0],
      'the editable restored draft',
      30_000,
    )
    expect((await s.lake.getDocument(id))?.title).toBe(titles[2])
  })

  test("the published version's history names the creations and the publication of the draft", async () => {
    // The restore closed the panel: open it again, on the published version.
    await s.page.getByRole('button', {name: 'Published', exact: true}).first().click()
    await openHistory()
    const pane = historyPane()
    await eventually(async () => (await eventLabels(pane)).includes('Created'), 'the published history', 30_000)
    // The publication carries a "Draft" badge: the version it published.
    expect(await eventLabels(pane)).toEqual(['Created', 'Published Draft', 'Created'])
  })

  test('nothing failed in the Studio beyond its offline calls to Sanity', () => {
    expect(s.errors).toEqual([])
  })
})
