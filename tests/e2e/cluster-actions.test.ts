/** @jest-environment node */
/**
 * A rolling deploy: instances of separately made builds behind one load balancer. A comment form
 * one build rendered posts, without JavaScript, through an instance of another build when both
 * were built with the same NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (and the same DEPLOYMENT_ID, here
 * none). Next salts each server action's id with that key when it builds, so a build with another
 * key does not know the form's action at all; the key a server is started with changes nothing.
 *
 * A is the shared e2e build, B and C are built here in a copy of the repository: B with A's key,
 * C with another. Nothing here needs nginx or Redis: the instances are posted to directly.
 */
import {randomBytes} from 'node:crypto'
import {rmSync} from 'node:fs'
import {appDirFrom, e2eState, freePort, type Proc, startApp} from '../support/e2e'
import {commentsWithBody, moderator} from '../support/e2e-comments'
import {commentFormOf, postComment, type CommentFormTemplate} from '../support/e2e-faults'
import {SEED_ARTICLE} from '../support/e2e-pages'
import {actionIdOf, actionKeyOf, buildIdOf, buildIn, copyRepository} from '../support/e2e-separate-build'

const ACTION = 'components/comments/actions.ts#submitCommentAction'

let readers = 0
function reader() {
  const n = `${Date.now().toString(36)}${readers++}`
  const body = `Post ${n}: one key for every build of a release.`
  return {name: `Rolling ${n}`, email: `rolling-${n}@example.com`, body}
}
/** A reader of its own /24 each time: the flood limit must not be what refuses a post. */
const address = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.9`

const dirs: string[] = []
const servers: Proc[] = []
const builds = {a: '', b: '', c: ''}
const sites = {a: '', b: '', c: '', cWithKeyA: ''}

async function serve(snapshot: string, env: Record<string, string> = {}): Promise<string> {
  const port = await freePort()
  const dir = appDirFrom(snapshot)
  dirs.push(dir)
  servers.push(await startApp({port, dir, lakeUrl: e2eState().lakeUrl, env}))
  return `http://127.0.0.1:${port}`
}

/** Posts `form` through `site`; returns whether the site took it and how often the lake stored it. */
async function post(site: string, form: CommentFormTemplate) {
  const values = reader()
  const posted = await postComment(site, form, values, address())
  const stored = await commentsWithBody(moderator(e2eState().lakeUrl), values.body)
  return {status: posted.status, acknowledged: posted.acknowledged, stored: stored.length}
}

beforeAll(async () => {
  const {buildSnapshot, baseUrl, lakePort} = e2eState()
  builds.a = buildSnapshot
  sites.a = baseUrl
  const keyA = actionKeyOf(buildSnapshot)
  const repo = copyRepository()
  dirs.push(repo)
  // Built against the shared lake, as A was; DEPLOYMENT_ID is whatever A was built with (unset in CI).
  const env = {LAKE_URL: `http://127.0.0.1:${lakePort}`}
  const b = await buildIn(repo, {...env, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: keyA})
  const c = await buildIn(repo, {...env, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64')})
  console.log(`[cluster-actions] build B ${b.seconds.toFixed(0)} s, build C ${c.seconds.toFixed(0)} s`)
  builds.b = b.snapshot
  builds.c = c.snapshot
  dirs.push(b.snapshot, c.snapshot)
  ;[sites.b, sites.c, sites.cWithKeyA] = await Promise.all([
    serve(builds.b),
    serve(builds.c),
    serve(builds.c, {NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: keyA}),
  ])
}, 1_200_000)

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()))
  for (const dir of dirs) rmSync(dir, {recursive: true, force: true})
})

test('B is a build of its own that gave the comment action the id A gave it; C, with another key, did not', () => {
  expect(buildIdOf(builds.b)).not.toBe(buildIdOf(builds.a))
  expect(actionIdOf(builds.b, ACTION)).toBe(actionIdOf(builds.a, ACTION))
  expect(actionIdOf(builds.c, ACTION)).not.toBe(actionIdOf(builds.a, ACTION))
})

test('a form A rendered posts through B, and one B rendered posts through A: each comment stored once', async () => {
  const [formA, formB] = await Promise.all([commentFormOf(sites.a, SEED_ARTICLE), commentFormOf(sites.b, SEED_ARTICLE)])
  expect(await post(sites.b, formA)).toEqual({status: 200, acknowledged: true, stored: 1})
  expect(await post(sites.a, formB)).toEqual({status: 200, acknowledged: true, stored: 1})
})

test('a build with another key does not run the action of a form A rendered, and stores nothing', async () => {
  const [formA, formC] = await Promise.all([commentFormOf(sites.a, SEED_ARTICLE), commentFormOf(sites.c, SEED_ARTICLE)])
  // C takes its own form: what refuses A's is the key, not a broken build.
  expect(await post(sites.c, formC)).toEqual({status: 200, acknowledged: true, stored: 1})
  expect(await post(sites.c, formA)).toMatchObject({acknowledged: false, stored: 0})
})

test("the key counts when building: C started with A's key still does not run A's form", async () => {
  const formA = await commentFormOf(sites.a, SEED_ARTICLE)
  expect(await post(sites.cWithKeyA, formA)).toMatchObject({acknowledged: false, stored: 0})
})
