/** @jest-environment node */
/**
 * `kill -9` of the lake in the middle of a stream of 30 comment submissions (the article's form
 * posted as a browser without JavaScript posts it), then a restart on the same data file: every
 * submission the site acknowledged is stored exactly once, and none is stored twice.
 */
import {sleep, startOwnSite, type OwnSite} from '../support/e2e'
import {moderator} from '../support/e2e-comments'
import {commentFormOf, leaksIn, postComment, type PostedComment} from '../support/e2e-faults'
import {SEED_ARTICLE} from '../support/e2e-pages'

const SUBMISSIONS = 30
const CONCURRENCY = 3
const KILL_AFTER_ACKS = 8

let site: OwnSite

beforeAll(async () => {
  site = await startOwnSite()
})
afterAll(() => site?.close())

test('acknowledged comments survive a kill -9 of the lake exactly once', async () => {
  const form = await commentFormOf(site.baseUrl, SEED_ARTICLE)
  const run = Date.now().toString(36)
  const submissions = Array.from({length: SUBMISSIONS}, (_, i) => ({
    values: {
      body: `Stream comment ${i + 1} of run ${run}: durability matters.`,
      name: `Reader ${i + 1}`,
      email: `reader${i + 1}.${run}@example.com`,
    },
    // Each submission speaks for its own reader, so the flood limit lets all of them through.
    address: `198.19.${i + 1}.7`,
  }))

  const results: (PostedComment & {index: number; startedAt: number; endedAt: number})[] = []
  const outage = {from: 0, to: 0}
  let killed: Promise<void> | null = null
  let next = 0
  const worker = async () => {
    while (next < submissions.length) {
      const index = next++
      const {values, address} = submissions[index]
      const startedAt = Date.now()
      const posted = await postComment(site.baseUrl, form, values, address)
      results.push({index, startedAt, endedAt: Date.now(), ...posted})
      if (!killed && results.filter((r) => r.acknowledged).length >= KILL_AFTER_ACKS) {
        killed = (async () => {
          outage.from = Date.now()
          await site.lake.stop('SIGKILL')
          await sleep(1000)
          await site.restartLake()
          outage.to = Date.now()
        })()
      }
    }
  }
  await Promise.all(Array.from({length: CONCURRENCY}, worker))
  await killed

  expect(outage.to).toBeGreaterThan(0)
  const acknowledged = results.filter((r) => r.acknowledged)
  const refused = results.filter((r) => !r.acknowledged && r.status === 200)
  // The action can store the comment and the lake die before the page around the answer is
  // rendered: the reader then gets Next's bare error page (its comment is stored; a retry is told
  // it is a duplicate). Counted, and held to the same rules: no leak, stored at most once.
  const failedPages = results.filter((r) => !r.acknowledged && r.status !== 200)
  const duringOutage = results.filter((r) => r.startedAt < outage.to && r.endedAt > outage.from)
  console.log(
    `[crash] lake down for ${outage.to - outage.from} ms; ${acknowledged.length} acknowledged, ${refused.length} told to try again, ` +
      `${failedPages.length} error pages (HTTP ${[...new Set(failedPages.map((r) => r.status))].join(', ') || '-'}), ` +
      `${duringOutage.length} in flight during the outage, of ${SUBMISSIONS}`,
  )
  if (failedPages.length > 0) console.log(`[crash] the site's log:\n${site.app.log().slice(-3000)}`)
  expect(results).toHaveLength(SUBMISSIONS)
  // The kill happened mid-stream: posts were in flight while the lake was down, and more came after.
  expect(duringOutage.length).toBeGreaterThan(0)
  expect(results.filter((r) => r.startedAt > outage.to).length).toBeGreaterThan(0)
  for (const r of refused) expect(r.html).toContain('We couldn’t save your comment right now. Please try again.')
  for (const r of results) expect({index: r.index, leaks: leaksIn(r.html)}).toEqual({index: r.index, leaks: []})
  expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS)

  const lake = moderator(site.lakeUrl)
  const stored = await lake.fetch<{_id: string; body: string; contacts: number}[]>(
    `*[_type == "comment" && body match $run]{_id, body, "contacts": count(*[_type == "commentContact" && comment._ref == ^._id])}`,
    {run: `*${run}*`},
    // Held comments are drafts: the Studio's view lists them by their published ids.
    {perspective: 'drafts'},
  )
  const count = (body: string) => stored.filter((c) => c.body === body).length
  for (const r of acknowledged)
    expect({index: r.index, stored: count(submissions[r.index].values.body)}).toEqual({index: r.index, stored: 1})
  for (const r of [...refused, ...failedPages]) expect(count(submissions[r.index].values.body)).toBeLessThanOrEqual(1)
  console.log(
    `[crash] stored: ${stored.length}; of the error pages, ${failedPages.filter((r) => count(submissions[r.index].values.body) === 1).length} had stored their comment`,
  )
  for (const c of stored) expect({id: c._id, contacts: c.contacts}).toEqual({id: c._id, contacts: 1})
})
