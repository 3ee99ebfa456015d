#!/usr/bin/env node
// Checks edition.ndjson against CONTENT_MODEL.md's rules and prints what it holds.
// Run `node sanity/sample/check-edition.mjs` after building; exits 1 on any problem.
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const file = fileURLToPath(new URL('./edition.ndjson', import.meta.url))
const problems = []
const fail = (where, message) => problems.push(`${where}: ${message}`)

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/
// Sanity's rule: letters, digits, `_`, `-` and `.` (path separators), up to 128 characters.
const DOCUMENT_ID = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const DECORATORS = new Set(['strong', 'em'])
const STATUSES = new Set(['pending', 'approved', 'spam', 'trash'])

const docs = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line, index) => {
    try {
      return JSON.parse(line)
    } catch (error) {
      fail(`line ${index + 1}`, `not JSON (${error.message})`)
      return null
    }
  })
  .filter(Boolean)

const byId = new Map()
for (const doc of docs) {
  if (byId.has(doc._id)) fail(doc._id, 'duplicate _id')
  byId.set(doc._id, doc)
  for (const field of ['_id', '_type']) if (typeof doc[field] !== 'string') fail(doc._id, `no ${field}`)
  if (!DOCUMENT_ID.test(doc._id ?? '') || /\.\.|\.$/.test(doc._id)) fail(doc._id, 'not a valid Sanity document id')
  for (const field of ['_createdAt', '_updatedAt'])
    if (!ISO_DATETIME.test(doc[field] ?? '')) fail(doc._id, `${field} is not an ISO datetime`)
}

// Walk every value: references must resolve, object members of arrays need unique keys.
function walk(value, path, docId) {
  if (Array.isArray(value)) {
    const keys = new Set()
    value.forEach((member, index) => {
      if (member && typeof member === 'object') {
        if (typeof member._key !== 'string' || !member._key) fail(docId, `${path}[${index}] has no _key`)
        else if (keys.has(member._key)) fail(docId, `${path} repeats _key ${member._key}`)
        keys.add(member._key)
      }
      walk(member, `${path}[${index}]`, docId)
    })
  } else if (value && typeof value === 'object') {
    // A reference names the published id; a document that is only a draft (a held comment) counts.
    if ('_ref' in value && !byId.has(value._ref) && !byId.has(`drafts.${value._ref}`))
      fail(docId, `${path} refers to missing ${value._ref}`)
    for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key, docId)
  }
}
for (const doc of docs) walk(doc, '', doc._id)

const isDraft = (doc) => doc._id.startsWith('drafts.')
const published = (type) => docs.filter((d) => d._type === type && !isDraft(d))
const plainText = (body) =>
  body
    .filter((m) => m._type === 'block')
    .map((m) => m.children.map((c) => c.text).join(''))
    .join(' ')
const wordCount = (text) => text.split(/\s+/).filter(Boolean).length

function checkBody(doc) {
  if (!Array.isArray(doc.body) || doc.body.length === 0) return fail(doc._id, 'empty body')
  for (const member of doc.body) {
    const where = `${doc._id} body ${member._key}`
    if (member._type === 'block') {
      if (!['normal', 'h2', 'h3', 'blockquote'].includes(member.style)) fail(where, `style ${member.style}`)
      if (!Array.isArray(member.markDefs)) fail(where, 'no markDefs')
      const defKeys = new Set((member.markDefs ?? []).map((d) => d._key))
      for (const child of member.children ?? []) {
        if (child._type !== 'span' || typeof child.text !== 'string' || !Array.isArray(child.marks))
          fail(where, 'malformed span')
        for (const mark of child.marks ?? [])
          if (!DECORATORS.has(mark) && !defKeys.has(mark)) fail(where, `unknown mark ${mark}`)
      }
      for (const def of member.markDefs ?? [])
        if (def._type !== 'link' || !/^(https?:|mailto:)/.test(def.href ?? '')) fail(where, 'bad link')
    } else if (member._type === 'expertQuoteRef') {
      if (byId.get(member._ref)?._type !== 'expertQuote') fail(where, 'expertQuoteRef to a non-quote')
    } else if (member._type === 'statistic') {
      if (!member.value || !member.claim || !member.sourceName) fail(where, 'statistic misses a field')
    } else if (member._type === 'debateQuestions') {
      if (!member.title || !(member.questions?.length >= 1 && member.questions.length <= 6))
        fail(where, 'debateQuestions needs a title and 1–6 questions')
    } else fail(where, `unknown member type ${member._type}`)
  }
}

const slugs = new Set()
for (const doc of docs.filter((d) => d._type === 'article')) {
  checkBody(doc)
  if (!SLUG.test(doc.slug?.current ?? '')) fail(doc._id, 'bad slug')
  if (!isDraft(doc)) {
    if (slugs.has(doc.slug.current)) fail(doc._id, 'duplicate slug')
    slugs.add(doc.slug.current)
    if (doc._id !== `article-${doc.slug.current}`) fail(doc._id, 'id does not follow the slug')
  }
  if (!doc.title || doc.title.length > 140) fail(doc._id, 'title missing or over 140 characters')
  if (!doc.dek || doc.dek.length > 300) fail(doc._id, 'dek missing or over 300 characters')
  if (!(doc.topics?.length >= 1 && doc.topics.length <= 4)) fail(doc._id, 'needs 1–4 topics')
  if ((doc.related?.length ?? 0) > 3) fail(doc._id, 'more than 3 related')
  if (doc.related?.some((r) => r._ref === doc._id.replace(/^drafts\./, ''))) fail(doc._id, 'relates to itself')
  if (doc.updatedAt && doc.updatedAt < doc.publishedAt) fail(doc._id, 'updated before published')
}

for (const q of docs.filter((d) => d._type === 'expertQuote')) {
  if (!q.quote) fail(q._id, 'no quote')
  if (q.anonymous ? !(q.anonymousDescription && q.anonymityReason) : !q.speakerName)
    fail(q._id, 'speaker or anonymity fields missing')
}

const comments = docs.filter((d) => d._type === 'comment')
for (const c of comments) {
  const article = byId.get(c.article?._ref)
  if (article?._type !== 'article') fail(c._id, 'article is not an article')
  if (!STATUSES.has(c.status)) fail(c._id, `status ${c.status}`)
  // The public API serves published documents: only approved comments may be published.
  if (isDraft(c) === (c.status === 'approved'))
    fail(c._id, isDraft(c) ? 'approved but a draft' : `published while ${c.status}`)
  const contact = byId.get(`comment-contact.${c._id.replace(/^drafts\./, '')}`)
  if (contact?._type !== 'commentContact') fail(c._id, 'no private half (comment-contact.<id>)')
  if (c.contact?._ref !== contact?._id) fail(c._id, 'contact does not name its private half')
  if (!(c.authorName?.length >= 1 && c.authorName.length <= 100)) fail(c._id, 'authorName length')
  if (!(c.body?.length >= 2 && c.body.length <= 5000)) fail(c._id, 'body length')
  if (article && !(c.createdAt > article.publishedAt)) fail(c._id, 'created before its article was published')
  let depth = 1
  for (let node = c; node.parent; depth++) {
    const parent = byId.get(node.parent._ref)
    if (!parent || parent._type !== 'comment') {
      fail(node._id, 'parent is not a comment')
      break
    }
    if (parent.article._ref !== c.article._ref) fail(node._id, 'parent is on another article')
    if (parent.status !== 'approved') fail(node._id, 'parent is not approved')
    if (!(node.createdAt > parent.createdAt)) fail(node._id, 'reply predates its parent')
    node = parent
  }
  if (depth > 3) fail(c._id, `nested ${depth} levels deep`)
}

for (const contact of docs.filter((d) => d._type === 'commentContact')) {
  if (contact._id !== `comment-contact.${contact.comment?._ref}`) fail(contact._id, 'id does not name its comment')
  if (!contact._id.includes('.')) fail(contact._id, 'contact must have a dotted (private) id')
  if (!/^[^@\s]+@[^@\s]+$/.test(contact.email ?? '')) fail(contact._id, 'no e-mail')
  if (!/^[0-9a-f]{64}$/.test(contact.emailHash ?? '')) fail(contact._id, 'emailHash is not 64 hex characters')
  if (!Array.isArray(contact.flags)) fail(contact._id, 'no flags array')
}
// What a tokenless request can read: no address, hash or moderation flag, at any depth.
for (const doc of docs.filter((d) => !d._id.includes('.')))
  if (/"(email|emailHash|ipHash|flags)":/.test(JSON.stringify(doc)))
    fail(doc._id, 'a public document holds private data')

// Pictures: every published article leads with one and every author has a portrait, each with alt
// text and a file present in ./images; featured images also carry a caption and a credit.
const PICTURE_BUDGET = 3 * 1024 * 1024
const assetMeta = JSON.parse(readFileSync(new URL('./assets.json', import.meta.url), 'utf8'))
function checkPicture(doc, field, featured) {
  const image = doc[field]
  if (!image) return fail(doc._id, `no ${field}`)
  const file = /^image@file:\/\/\.\/(images\/[a-f0-9]{40}-\d+x\d+\.(png|jpg|webp))$/.exec(image._sanityAsset ?? '')?.[1]
  if (!file) return fail(doc._id, `${field} is not an image marker of ./images`)
  if (!existsSync(new URL(`./${file}`, import.meta.url))) fail(doc._id, `${field} file ${file} is missing`)
  if (!assetMeta[`image-${file.slice(7, 47)}`]?.metadata?.lqip) fail(doc._id, `${field} has no metadata in assets.json`)
  if (!image.alt?.trim()) fail(doc._id, `${field} has no alt text`)
  if (featured && (!image.caption?.trim() || !image.credit?.trim()))
    fail(doc._id, `${field} needs a caption and a credit`)
}
for (const doc of published('article')) checkPicture(doc, 'mainImage', true)
for (const doc of published('author')) checkPicture(doc, 'photo', false)
const imagesDir = new URL('./images/', import.meta.url)
const pictureBytes = readdirSync(imagesDir).reduce((sum, name) => sum + statSync(new URL(name, imagesDir)).size, 0)
if (pictureBytes > PICTURE_BUDGET) fail('images/', `${pictureBytes} bytes, over the ${PICTURE_BUDGET} budget`)

// Report.
const counts = {}
for (const doc of docs) {
  const kind = isDraft(doc) ? `${doc._type} (draft)` : doc._type
  counts[kind] = (counts[kind] ?? 0) + 1
}
console.log('Documents per type:')
for (const [type, count] of Object.entries(counts).sort()) console.log(`  ${type.padEnd(20)} ${count}`)
const statuses = {}
for (const c of comments) statuses[c.status] = (statuses[c.status] ?? 0) + 1
console.log(`Comments by status: ${JSON.stringify(statuses)}; replies: ${comments.filter((c) => c.parent).length}`)

console.log('\nArticles (newest first): approved comments, words, h2/h3, statistic/quote/debate')
for (const a of published('article').sort((x, y) => y.publishedAt.localeCompare(x.publishedAt))) {
  const approved = comments.filter((c) => c.article._ref === a._id && c.status === 'approved').length
  const count = (test) => a.body.filter(test).length
  const features = [
    count((m) => m.style === 'h2'),
    count((m) => m.style === 'h3'),
    count((m) => m._type === 'statistic'),
    count((m) => m._type === 'expertQuoteRef'),
    count((m) => m._type === 'debateQuestions'),
  ]
  console.log(
    `  ${a.publishedAt.slice(0, 10)} ${a.slug.current.padEnd(30)} approved ${String(approved).padStart(2)}  ` +
      `words ${String(wordCount(plainText(a.body))).padStart(4)}  ${features.join('/')}`,
  )
}

if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(`\nOK: ${docs.length} documents, every reference resolves, every array member has a unique _key.`)
console.log(`Pictures: ${readdirSync(imagesDir).length} files, ${Math.round(pictureBytes / 1024)} KB (budget 3 MB).`)
