/** The synthetic archive's documents, generated lazily in dependency order (refs point backwards). */
import {createRandom, type Random} from './random'
import {archiveViews} from './views'
import {WORDS, TOPIC_NAMES, FIRST_NAMES, LAST_NAMES} from './words'

export interface ArchiveSize {
  articles: number
  comments: number
  seed: number
  /** Extra comments on one hot article (the newest), threaded as the form threads them. */
  hotComments?: number
  /** Days of reader views (`articleViews` documents) ending on the archive's last day. */
  viewDays?: number
}

/** The id of the article that `hotComments` go to. */
export const hotArticleId = (articles: number) => `archive-article-${articles - 1}`

const YEARS = 10
const DAY = 24 * 3600 * 1000
const STATUS_WEIGHTS: Array<[string, number]> = [
  ['approved', 0.8],
  ['pending', 0.12],
  ['spam', 0.05],
  ['trash', 0.03],
]

export function* generateArchive({
  articles,
  comments,
  seed,
  hotComments = 0,
  viewDays = 0,
}: ArchiveSize): Generator<Record<string, unknown>> {
  const r = createRandom(seed)
  const end = Date.UTC(2026, 10, 27)
  const start = end - YEARS * 365 * DAY

  const topics = TOPIC_NAMES.map((title, i) => ({_id: `archive-topic-${i}`, slug: slugify(title)}))
  for (const [i, t] of topics.entries()) {
    yield {
      _id: t._id,
      _type: 'topic',
      title: TOPIC_NAMES[i],
      slug: {_type: 'slug', current: `archive-${t.slug}`},
      description: sentence(r, 14),
    }
  }
  const authorCount = 40
  for (let i = 0; i < authorCount; i++) {
    const name = `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`
    yield {
      _id: `archive-author-${i}`,
      _type: 'author',
      name,
      slug: {_type: 'slug', current: `archive-${slugify(name)}-${i}`},
      role: 'Contributing analyst',
      bio: sentence(r, 30),
    }
  }
  const quoteCount = Math.max(10, Math.round(articles / 40))
  for (let i = 0; i < quoteCount; i++) {
    const anonymous = r.next() < 0.15
    yield {
      _id: `archive-quote-${i}`,
      _type: 'expertQuote',
      quote: sentence(r, 24),
      anonymous,
      ...(anonymous
        ? {
            anonymousDescription: 'a senior official familiar with the talks',
            anonymityReason: 'speaking on condition of anonymity',
          }
        : {
            speakerName: `Dr. ${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`,
            credentials: 'senior fellow',
            affiliation: `${r.pick(LAST_NAMES)} Institute`,
          }),
    }
  }

  // Articles oldest first, spread evenly over ten years with some jitter.
  const published: number[] = []
  for (let i = 0; i < articles; i++) {
    const at = Math.round(start + ((i + r.next()) / articles) * (end - start))
    published.push(at)
    const title = titleCase(sentence(r, 6 + r.int(5)).replace(/\.$/, ''))
    const articleTopics = r.sample(topics, 1 + r.int(3))
    yield {
      _id: `archive-article-${i}`,
      _type: 'article',
      title,
      slug: {_type: 'slug', current: `${slugify(title).slice(0, 60)}-${i}`},
      dek: sentence(r, 22),
      author: {_type: 'reference', _ref: `archive-author-${r.int(authorCount)}`},
      topics: articleTopics.map((t, k) => ({_type: 'reference', _ref: t._id, _key: `t${k}`})),
      publishedAt: new Date(at).toISOString(),
      ...(r.next() < 0.1
        ? {updatedAt: new Date(at + r.int(20) * DAY + DAY).toISOString(), correction: sentence(r, 12)}
        : {}),
      body: body(r, i, quoteCount),
    }
  }

  // Comments cluster on recent and popular pieces; a quarter reply to an earlier approved comment.
  const approvedByArticle = new Map<number, string[]>()
  for (let i = 0; i < comments; i++) {
    const article = Math.min(articles - 1, Math.floor(articles * (1 - Math.pow(r.next(), 2.2))))
    const status = r.weighted(STATUS_WEIGHTS)
    const earlier = approvedByArticle.get(article)
    const parent = earlier && r.next() < 0.25 ? r.pick(earlier) : null
    const id = `archive-comment-${i}`
    // As the site stores them: published only while approved, the hash in the private half.
    yield {
      _id: status === 'approved' ? id : `drafts.${id}`,
      _type: 'comment',
      article: {_type: 'reference', _ref: `archive-article-${article}`, _weak: true},
      ...(parent ? {parent: {_type: 'reference', _ref: parent, _weak: true}} : {}),
      authorName: `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES).charAt(0)}.`,
      body: paragraph(r, 15 + r.int(60)),
      status,
      createdAt: new Date(Math.min(end, published[article] + r.int(30 * DAY))).toISOString(),
      contact: {_type: 'reference', _ref: `comment-contact.${id}`, _weak: true},
    }
    yield {
      _id: `comment-contact.${id}`,
      _type: 'commentContact',
      emailHash: hex(r, 64),
      flags: [],
      comment: {_type: 'reference', _ref: id, _weak: true},
    }
    if (status === 'approved') {
      const list = earlier ?? []
      if (list.length < 50) list.push(id)
      approvedByArticle.set(article, list)
    }
  }
  if (hotComments > 0) yield* hotArticleComments(r, hotArticleId(articles), published[articles - 1], hotComments)
  // A random stream of their own, so adding views leaves the rest of the archive as it was.
  if (viewDays > 0) yield* archiveViews(createRandom(seed + 1), published, end, viewDays)
}

/**
 * A popular article's comments, minutes apart: half start a thread, the rest reply to an approved
 * thread (seven in ten) or to an approved reply (nesting three levels, as the form allows).
 */
function* hotArticleComments(
  r: Random,
  articleId: string,
  publishedAt: number,
  count: number,
): Generator<Record<string, unknown>> {
  const roots: string[] = []
  const isRoot = new Set<string>()
  const seconds: string[] = []
  for (let i = 0; i < count; i++) {
    const status = r.weighted(STATUS_WEIGHTS)
    const reply = roots.length > 0 && r.next() < 0.5
    const parent = !reply ? null : seconds.length > 0 && r.next() < 0.3 ? r.pick(seconds) : r.pick(roots)
    const id = `archive-hot-comment-${i}`
    yield {
      _id: status === 'approved' ? id : `drafts.${id}`,
      _type: 'comment',
      article: {_type: 'reference', _ref: articleId, _weak: true},
      ...(parent ? {parent: {_type: 'reference', _ref: parent, _weak: true}} : {}),
      authorName: `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES).charAt(0)}.`,
      body: paragraph(r, 15 + r.int(60)),
      status,
      createdAt: new Date(publishedAt + (i + 1) * 60_000).toISOString(),
      contact: {_type: 'reference', _ref: `comment-contact.${id}`, _weak: true},
    }
    yield {
      _id: `comment-contact.${id}`,
      _type: 'commentContact',
      emailHash: hex(r, 64),
      flags: [],
      comment: {_type: 'reference', _ref: id, _weak: true},
    }
    if (status !== 'approved') continue
    if (!parent) {
      roots.push(id)
      isRoot.add(id)
    } else if (isRoot.has(parent)) seconds.push(id)
  }
}

function body(r: Random, n: number, quoteCount: number) {
  const blocks: Record<string, unknown>[] = []
  let key = 0
  const k = () => `b${key++}`
  const text = (style: string, t: string) => ({
    _type: 'block',
    _key: k(),
    style,
    markDefs: [],
    children: [{_type: 'span', _key: k(), text: t, marks: []}],
  })
  blocks.push(text('normal', paragraph(r, 80)))
  const sections = 3 + r.int(4)
  for (let s = 0; s < sections; s++) {
    blocks.push(text('h2', titleCase(sentence(r, 4 + r.int(4)).replace(/\.$/, ''))))
    for (let p = 0; p < 2 + r.int(3); p++) blocks.push(text('normal', paragraph(r, 60 + r.int(60))))
    if (r.next() < 0.3) blocks.push({_type: 'expertQuoteRef', _key: k(), _ref: `archive-quote-${(n + s) % quoteCount}`})
    if (r.next() < 0.25) {
      blocks.push({
        _type: 'statistic',
        _key: k(),
        value: `${1 + r.int(90)}%`,
        claim: sentence(r, 12),
        sourceName: `${r.pick(LAST_NAMES)} Institute`,
        dataDate: '2025-06-01',
      })
    }
  }
  if (r.next() < 0.2)
    blocks.push({
      _type: 'debateQuestions',
      _key: k(),
      title: 'Reflection & Debate',
      questions: [sentence(r, 10).replace(/\.$/, '?'), sentence(r, 12).replace(/\.$/, '?')],
    })
  return blocks
}

function sentence(r: Random, words: number): string {
  const w = Array.from({length: words}, () => r.pick(WORDS))
  return w[0].charAt(0).toUpperCase() + w.join(' ').slice(1) + '.'
}

function paragraph(r: Random, words: number): string {
  const out: string[] = []
  let left = words
  while (left > 0) {
    const n = Math.min(left, 8 + r.int(12))
    out.push(sentence(r, n))
    left -= n
  }
  return out.join(' ')
}

const titleCase = (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase())
const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
const hex = (r: Random, n: number) => Array.from({length: n}, () => '0123456789abcdef'[r.int(16)]).join('')
