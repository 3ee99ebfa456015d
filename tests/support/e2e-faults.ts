/**
 * Tools for the fault tests: a TCP proxy that can hold the lake's answers back, a comment
 * poster that submits the article's form as a browser without JavaScript would, and a check for
 * stack traces in what the site sends.
 */
import {createServer, connect, type Server, type Socket} from 'node:net'
import type {Page} from 'playwright-core'

/** A proxy in front of the lake; `delayMs` holds every byte the lake sends back for that long. */
export class DelayProxy {
  delayMs = 0
  private readonly sockets = new Set<Socket>()
  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`
  }

  static async start(targetPort: number): Promise<DelayProxy> {
    const server = createServer()
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const proxy = new DelayProxy(server, (server.address() as {port: number}).port)
    server.on('connection', (client) => proxy.relay(client, targetPort))
    return proxy
  }

  private relay(client: Socket, targetPort: number) {
    const upstream = connect(targetPort, '127.0.0.1')
    this.sockets.add(client).add(upstream)
    let releaseAt = 0
    client.pipe(upstream)
    upstream.on('data', (chunk) => {
      // Answers keep their order: each chunk goes out no earlier than the one before it.
      releaseAt = Math.max(releaseAt, Date.now() + this.delayMs)
      const wait = releaseAt - Date.now()
      if (wait <= 0) client.write(chunk)
      else setTimeout(() => client.destroyed || client.write(chunk), wait).unref()
    })
    upstream.on('end', () => setTimeout(() => client.end(), Math.max(0, releaseAt - Date.now())).unref())
    const close = () => {
      client.destroy()
      upstream.destroy()
      this.sockets.delete(client)
      this.sockets.delete(upstream)
    }
    client.on('error', close).on('close', close)
    upstream.on('error', close).on('close', () => setTimeout(close, Math.max(0, releaseAt - Date.now())).unref())
  }

  async close() {
    for (const socket of this.sockets) socket.destroy()
    await new Promise((done) => this.server.close(done))
  }
}

const decode = (value: string) =>
  value.replace(
    /&(quot|amp|lt|gt|#x27|#39);/g,
    (_, e: string) => ({quot: '"', amp: '&', lt: '<', gt: '>', '#x27': "'", '#39': "'"})[e]!,
  )

export interface CommentFormTemplate {
  action: string
  fields: [string, string][]
}

/** The comment form of an article page as served (before any script runs): its target and hidden fields. */
export async function commentFormOf(baseUrl: string, path: string): Promise<CommentFormTemplate> {
  const html = await (await fetch(baseUrl + path)).text()
  const form = /<form[^>]*id="respond"[^>]*>[\s\S]*?<\/form>/.exec(html)?.[0]
  if (!form) throw new Error(`${path} has no comment form`)
  const action = decode(/action="([^"]*)"/.exec(form)![1]).replace(/#.*$/, '')
  const fields: [string, string][] = []
  for (const input of form.match(/<input [^>]*>/g) ?? []) {
    const name = /name="([^"]*)"/.exec(input)?.[1]
    if (!name || !/type="hidden"|name="website"/.test(input)) continue
    fields.push([decode(name), decode(/value="([^"]*)"/.exec(input)?.[1] ?? '')])
  }
  return {action: action || path, fields}
}

export interface PostedComment {
  status: number
  acknowledged: boolean
  html: string
}

/** Posts the form as a browser without JavaScript does (multipart, to the page), for one reader address. */
export async function postComment(
  baseUrl: string,
  form: CommentFormTemplate,
  values: {body: string; name: string; email: string},
  address: string,
): Promise<PostedComment> {
  const data = new FormData()
  for (const [name, value] of form.fields) data.append(name, value)
  for (const [name, value] of Object.entries(values)) data.append(name, value)
  const res = await fetch(baseUrl + form.action, {
    method: 'POST',
    body: data,
    headers: {'X-Forwarded-For': address, Origin: baseUrl},
    signal: AbortSignal.timeout(60_000),
  })
  const html = await res.text()
  return {
    status: res.status,
    acknowledged:
      html.includes('comment-form__status--success') && html.includes('Your comment is awaiting moderation.'),
    html,
  }
}

/** A Node or browser stack frame, an internal path or a raw socket error in a response body. */
const LEAKS = [
  /\bat\s+(?:async\s+)?\S*\s*\(?(?:\/|file:|node:|webpack)[^\s)]*:\d+:\d+/,
  /\.next\/server\//,
  /node_modules\//,
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|socket hang up/,
]

export function leaksIn(body: string): string[] {
  return LEAKS.flatMap((re) => {
    const m = re.exec(body)
    return m ? [body.slice(Math.max(0, m.index - 80), m.index + 120)] : []
  })
}

/**
 * Records the server action's answers to the page's POSTs (status and body), passing them on
 * unchanged. Read here rather than from the browser, which may drop a streamed body it has used.
 */
export async function recordActionResponses(page: Page, path: string): Promise<{status: number; body: string}[]> {
  const answers: {status: number; body: string}[] = []
  await page.route(`**${path}`, async (route) => {
    if (route.request().method() !== 'POST') return route.continue()
    const response = await route.fetch({timeout: 60_000})
    const body = await response.text()
    answers.push({status: response.status(), body})
    await route.fulfill({response, body})
  })
  return answers
}
