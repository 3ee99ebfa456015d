/**
 * `npm run bench:comments [-- --writers 50 --seconds 10]`
 * N concurrent writers post distinct comments to a production build on its own embedded lake,
 * each post as a distinct reader (own e-mail, and own address: the bench plays the one trusted
 * proxy, TRUSTED_PROXY_HOPS=1, and names the reader in X-Forwarded-For), so the flood limit stays
 * on and applies per reader. Then every acknowledged comment is looked up in the lake: none may be
 * lost or stored twice. Needs an existing build (`npm run build`).
 */
import {createClient} from '@sanity/client'
import {argValue, table} from './args'
import {startStack} from './stack'

const writers = Number(argValue('--writers', '50'))
const seconds = Number(argValue('--seconds', '10'))
const ARTICLE = {slug: 'druk-nato-nexus', id: 'article-druk-nato-nexus'}
const INITIAL_STATE = '{"status":"idle","message":null,"fieldErrors":{},"values":{"body":"","name":"","email":""}}'

async function actionIdOf(appUrl: string): Promise<string> {
  const html = await (await fetch(`${appUrl}/articles/${ARTICLE.slug}`)).text()
  const m = /name="\$ACTION_1:0" value="\{&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(html)
  if (!m) throw new Error('comment form action id not found in the article page')
  return m[1]
}

/** The n-th reader's address: a distinct /24 for every post, since the limiter anonymises to /24. */
const addressOf = (n: number) => `${10 + ((n >> 16) & 127)}.${(n >> 8) & 255}.${n & 255}.7`

async function main() {
  const stack = await startStack({TRUSTED_PROXY_HOPS: '1'})
  try {
    const actionId = await actionIdOf(stack.appUrl)
    const run = `bench-${Date.now().toString(36)}`
    const acknowledged: string[] = []
    const latencies: number[] = []
    let refused = 0
    let failed = 0
    let counter = 0
    const deadline = Date.now() + seconds * 1000

    async function writer() {
      while (Date.now() < deadline) {
        const n = counter++
        const body = `${run} comment ${n}: a considered view on Himalayan security, number ${n}.`
        const form = new FormData()
        form.append('_1_body', body)
        form.append('_1_name', `${run} reader ${n}`)
        form.append('_1_email', `reader-${n}@${run}.example.com`)
        form.append('_1_articleId', ARTICLE.id)
        form.append('_1_parentId', '')
        form.append('_1_startedAt', '')
        form.append('_1_website', '')
        form.append('0', `[${INITIAL_STATE},"$K1"]`)
        const started = performance.now()
        try {
          const res = await fetch(`${stack.appUrl}/articles/${ARTICLE.slug}`, {
            method: 'POST',
            headers: {'next-action': actionId, accept: 'text/x-component', 'x-forwarded-for': addressOf(n)},
            body: form,
          })
          const text = await res.text()
          latencies.push(performance.now() - started)
          if (text.includes('awaiting moderation')) acknowledged.push(body)
          else refused++
        } catch {
          failed++
        }
      }
    }
    const t0 = performance.now()
    await Promise.all(Array.from({length: writers}, writer))
    const elapsed = (performance.now() - t0) / 1000

    const lake = createClient({
      projectId: 'local',
      dataset: 'production',
      apiHost: stack.lakeUrl,
      useProjectHostname: false,
      apiVersion: '2025-02-19',
      useCdn: false,
      token: stack.writeToken,
    })
    // New comments are drafts until approved: the raw perspective (with the token) sees them.
    const stored = await lake.fetch<string[]>(
      `*[_type == "comment" && authorName match $run].body`,
      {run: `${run}*`},
      {perspective: 'raw'},
    )
    const storedCount = new Map<string, number>()
    for (const b of stored) storedCount.set(b, (storedCount.get(b) ?? 0) + 1)
    const lost = acknowledged.filter((b) => !storedCount.has(b)).length
    const duplicated = [...storedCount.values()].filter((c) => c > 1).length
    latencies.sort((a, b) => a - b)
    const pct = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]?.toFixed(0) ?? '-'
    console.log(`\n${writers} writers for ${seconds} s against a production build on the embedded lake\n`)
    console.log(
      table(
        ['acknowledged', 'accepted/s', 'p50 ms', 'p99 ms', 'refused', 'errors', 'stored', 'lost', 'duplicated'],
        [
          [
            String(acknowledged.length),
            (acknowledged.length / elapsed).toFixed(1),
            pct(0.5),
            pct(0.99),
            String(refused),
            String(failed),
            String(stored.length),
            String(lost),
            String(duplicated),
          ],
        ],
      ),
    )
    if (lost > 0 || duplicated > 0) process.exitCode = 1
  } finally {
    stack.stop()
  }
}

main().catch((err) => {
  console.error(err.message)
  process.exit(1)
})
