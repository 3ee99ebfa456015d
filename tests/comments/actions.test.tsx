import {render} from '@testing-library/react'
import {MESSAGES} from '@/lib/comments/messages'
import {submitCommentAction} from '@/components/comments/actions'
import {CommentThread} from '@/components/comments/CommentThread'
import {INITIAL_COMMENT_STATE} from '@/components/comments/formState'
import {issueTimeToken} from '@/lib/comments/timeToken'
import {startSiteLake, type SiteLake} from '../support/site'
import {
  OTHER_ARTICLE,
  SEED,
  SEED_ARTICLE,
  acceptedToken,
  commentForm,
  expectNothingStored,
  freshAddress,
  repeat,
  storedFor,
  submit,
  uniqueEmail,
  uniqueText,
  type Post,
} from './support'

// The request context is the one thing Jest cannot provide: every post gets its own client address.
let mockHeaders = new Headers()
jest.mock('next/headers', () => ({headers: async () => mockHeaders}))

let site: SiteLake
beforeAll(async () => {
  site = await startSiteLake()
})
afterAll(() => site.close())

/** Posts the form from `ip` (a fresh address unless given) through the real server action. */
function post(p: Post = {}, ip = freshAddress()) {
  mockHeaders = new Headers({'x-forwarded-for': ip})
  return submit(commentForm(p))
}

/** Comments with this text, drafts (held) included. */
const countWithBody = (text: string) =>
  site.reader.fetch<number>('count(*[_type == "comment" && body == $text])', {text}, {perspective: 'raw'})

/** Posts a comment that must be accepted, and returns what the lake stored for it. */
async function postAccepted(p: Post = {}, ip = freshAddress()) {
  const email = p.email ?? uniqueEmail()
  const state = await post({...p, email}, ip)
  expect(state).toMatchObject({status: 'success', message: MESSAGES.awaitingModeration, fieldErrors: {}})
  const {comments, contacts} = await storedFor(site.reader, email)
  expect(comments).toHaveLength(1)
  expect(contacts).toHaveLength(1)
  return {state, comment: comments[0], contact: contacts[0], email}
}

/** Posts a comment that must be refused with `message` (on `field`, if given) and stores nothing. */
async function postRefused(p: Post, message: string, field?: 'body' | 'name' | 'email', ip = freshAddress()) {
  const email = p.email ?? uniqueEmail()
  const state = await expectNothingStored(site.reader, () => post({...p, email}, ip))
  expect(state.status).toBe('error')
  if (field) {
    expect(state.fieldErrors[field]).toBe(message)
    expect(state.message).toBe(MESSAGES.fixErrors)
  } else {
    expect(state.message).toBe(message)
  }
  return state
}

describe('required fields', () => {
  test.each([
    ['empty', ''],
    ['spaces, tabs and newlines', '  \t\n\r\n  '],
    ['no-break spaces', '\u00A0\u00A0\u202F'],
    ['zero-width characters', '\u200B\u200C\u200D\u2060\uFEFF'],
    ['a mix of invisible characters', ' \u00A0\u200B \u3000\u200D\n'],
  ])('a body of %s is refused with "Please enter your comment!"', async (_label, body) => {
    const state = await postRefused({body}, MESSAGES.bodyRequired, 'body')
    expect(state.fieldErrors.name).toBeUndefined()
    expect(state.fieldErrors.email).toBeUndefined()
  })

  test.each([
    ['empty', ''],
    ['blank', ' \u00A0\u200B '],
  ])('an %s name is refused with "Please enter your name here"', async (_label, name) => {
    const body = uniqueText('nameless comment')
    const state = await postRefused({name, body}, MESSAGES.nameRequired, 'name')
    expect(state.fieldErrors.body).toBeUndefined()
    // The reader's text is kept for the next attempt.
    expect(state.values.body).toBe(body)
  })

  test.each([
    ['empty', ''],
    ['no @', 'reader.example.org'],
    ['no domain dot', 'reader@localhost'],
    ['two @', 'reader@@example.org'],
    ['a blank inside', 'read er@example.org'],
    ['a header injection (x@y.z\\nBcc:)', 'x@y.z\nBcc:'],
    ['a header injection with a valid-looking domain', 'x@example.org\nBcc: victim@example.net'],
    ['a CRLF header injection', 'x@example.org\r\nBcc: victim@example.net'],
    ['a NUL', 'x@example.org\u0000'],
    ['too long', `${repeat('a', 250)}@example.org`],
  ])('an e-mail with %s is refused with "Please enter a valid email address"', async (_label, email) => {
    const body = uniqueText('comment with a bad address')
    const state = await postRefused({email, body}, MESSAGES.emailInvalid, 'email')
    expect(state.values).toMatchObject({body, name: 'Test Reader', email})
  })

  test('all three problems at once are reported next to each field', async () => {
    const state = await expectNothingStored(site.reader, () => post({body: ' ', name: '', email: 'nope'}))
    expect(state.fieldErrors).toEqual({
      body: MESSAGES.bodyRequired,
      name: MESSAGES.nameRequired,
      email: MESSAGES.emailInvalid,
    })
  })
})

describe('lengths', () => {
  test.each([
    ['ASCII', repeat('n', 100)],
    ['Cyrillic', repeat('ж', 100)],
    ['emoji', repeat('😀', 100)],
  ])('a name of 100 characters (%s) is stored whole', async (_label, name) => {
    const {comment} = await postAccepted({name})
    expect(comment.authorName).toBe(name)
  })

  test.each([
    ['ASCII', repeat('n', 101)],
    ['Cyrillic', repeat('ж', 101)],
    // 101 emoji are 202 UTF-16 code units: cut at 200 units they would pass as 100 characters.
    ['emoji', repeat('😀', 101)],
  ])('a name of 101 characters (%s) is refused', async (_label, name) => {
    const state = await postRefused({name}, MESSAGES.nameTooLong, 'name')
    expect(state.values.name).toBe(name)
  })

  test.each([
    ['emoji and Cyrillic', repeat('ж😀', 2500)],
    ['emoji (4 bytes each)', repeat('🇧', 5000)],
    ['Cyrillic', repeat('Щ', 5000)],
  ])('a body of exactly 5,000 characters (%s) is stored whole', async (_label, body) => {
    expect(Array.from(body)).toHaveLength(5000)
    const {comment} = await postAccepted({body})
    expect(comment.body).toBe(body)
    expect(Array.from(comment.body)).toHaveLength(5000)
  })

  test.each([
    ['emoji and Cyrillic', `${repeat('ж😀', 2500)}ж`],
    ['emoji', repeat('😀', 5001)],
    ['Cyrillic', repeat('Щ', 5001)],
  ])('a body of 5,001 characters (%s) is refused, and the reader keeps the text', async (_label, body) => {
    const state = await postRefused({body}, MESSAGES.bodyTooLong, 'body')
    expect(state.values.body).toBe(body)
  })

  test('a body of 5,001 characters once NFC-normalised (10,002 code points before) is refused', async () => {
    // e + combining acute composes into é: 5,001 characters as stored and counted.
    const body = repeat('e\u0301', 5001)
    const state = await postRefused({body}, MESSAGES.bodyTooLong, 'body')
    // The echo is bounded at 10,000 characters: the reader keeps all but the last accent.
    expect(body.startsWith(state.values.body)).toBe(true)
    expect(state.values.body).toHaveLength(10_000)
  })

  test('a body over 64 KB is refused before parsing; the echo is bounded and never splits an emoji', async () => {
    const ascii = repeat('a', 64 * 1024 + 1)
    expect(Buffer.byteLength(ascii)).toBe(65537)
    let state = await postRefused({body: ascii}, MESSAGES.bodyTooLong, 'body')
    expect(state.values.body.length).toBeLessThanOrEqual(10_000)

    const emoji = repeat('😀', 16 * 1024 + 1) // 65,540 bytes
    state = await postRefused({body: emoji}, MESSAGES.bodyTooLong, 'body')
    expect(Array.from(state.values.body).every((ch) => ch === '😀')).toBe(true)
    expect(Array.from(state.values.body)).toHaveLength(10_000)
  })

  test('a one-character body is refused as too short', async () => {
    await postRefused({body: ' x '}, MESSAGES.bodyTooShort, 'body')
  })
})

describe('what the text may contain', () => {
  test('<script> and javascript: are stored literally and rendered inert', async () => {
    const body = `<script>alert("x")</script> <a href="javascript:alert(1)">click</a> javascript:alert(document.cookie) <img src=x onerror=alert(2)>`
    const name = '<b onmouseover="alert(3)">Mallory</b>'
    const {comment} = await postAccepted({body, name})
    expect(comment.body).toBe(body)
    expect(comment.authorName).toBe(name)

    const {container} = render(
      <CommentThread
        comments={[
          {
            _id: comment._id,
            authorName: comment.authorName,
            body: comment.body,
            createdAt: comment.createdAt,
            parentId: null,
            replies: [],
          },
        ]}
        articleSlug="druk-nato-nexus"
        timeZone="Asia/Thimphu"
      />,
    )
    expect(container.querySelector('script, img, b, [onerror], [onmouseover]')).toBeNull()
    const links = [...container.querySelectorAll('a')]
    expect(links.map((a) => a.getAttribute('href'))).toEqual([`/articles/druk-nato-nexus/reply/${comment._id}#respond`])
    expect(container.querySelector('.comment__body')).toHaveTextContent(body, {normalizeWhitespace: false})
    expect(container.querySelector('.comment__author')).toHaveTextContent(name)
  })

  test('right-to-left overrides, emoji sequences and line breaks are kept as written', async () => {
    const body = `Shalom \u202Eolleh\u202C and שלום עולם, مرحبا.\nFamily: 👩‍👩‍👧‍👦, flag: 🇧🇹, skin tone: 👍🏽.`
    const name = 'Dorji \u202Eijrod\u202C 🐉'
    const {comment} = await postAccepted({body, name})
    expect(comment.body).toBe(body)
    expect(comment.authorName).toBe(name)
  })

  test('text is stored NFC-normalised and trimmed of invisible edges', async () => {
    const {comment} = await postAccepted({body: '\u200B  Cafe\u0301 society\u00A0\n', name: ' \uFEFFRene\u0301 '})
    expect(comment.body).toBe('Café society')
    expect(comment.authorName).toBe('René')
  })

  test.each([
    ['body', {body: 'Hello\u0000world'}, MESSAGES.controlCharacters],
    ['name', {name: 'Nul\u0000l'}, MESSAGES.controlCharacters],
    ['body', {body: 'Escape \u001B[31m red'}, MESSAGES.controlCharacters],
    ['email', {email: 'nul\u0000@example.org'}, MESSAGES.emailInvalid],
  ] as const)('a NUL or other control character in the %s is refused', async (field, p, message) => {
    await postRefused(p, message, field)
  })
})

describe('articles and parents', () => {
  test.each([
    ['missing', ''],
    ['unknown', 'article-does-not-exist'],
    ['draft-only (published id)', 'article-embargoed-bhutan-budget-2026'],
    ['draft-only (draft id)', 'drafts.article-embargoed-bhutan-budget-2026'],
    ['not an article', 'author-karma-choden'],
    ['malformed', '*[_type == "article"]'],
  ])('a %s article is refused', async (_label, articleId) => {
    const body = uniqueText('comment on a missing article')
    const state = await postRefused({articleId, body}, MESSAGES.articleMissing)
    expect(state.values.body).toBe(body)
  })

  test('a reply is stored against its article and parent', async () => {
    const {comment} = await postAccepted({parentId: SEED.root})
    expect(comment.article._ref).toBe(SEED_ARTICLE)
    expect(comment.parent?._ref).toBe(SEED.root)
  })

  test.each([
    ['on another article', {parentId: SEED.otherArticleComment}],
    ['on the seed article, posted as if for another article', {articleId: OTHER_ARTICLE, parentId: SEED.root}],
    ['still pending', {parentId: SEED.pending}],
    ['in the trash', {parentId: SEED.trash}],
    ['unknown', {parentId: 'comment-does-not-exist'}],
    ['an article, not a comment', {parentId: OTHER_ARTICLE}],
  ])('a reply to a parent %s is refused', async (_label, p) => {
    await postRefused(p, MESSAGES.parentMissing)
  })

  test('a reply to a third-level comment joins it at the third level', async () => {
    const {comment} = await postAccepted({parentId: SEED.third})
    // 01 → 02 → 03: the reply hangs off 02, beside 03.
    expect(comment.parent?._ref).toBe(SEED.second)
    expect(comment.article._ref).toBe(SEED_ARTICLE)
  })

  test('a reply to a second-level comment stays under it', async () => {
    const {comment} = await postAccepted({parentId: SEED.second})
    expect(comment.parent?._ref).toBe(SEED.second)
  })
})

describe('flood limit and duplicates', () => {
  test('a second comment from the same address within 15 s is refused', async () => {
    const ip = freshAddress()
    await postAccepted({}, ip)
    const state = await postRefused({}, MESSAGES.tooFast, undefined, ip)
    expect(state.values.body).toMatch(/^A comment for the tests/)
  })

  test('the limit counts the /24 network, not the exact address', async () => {
    await postAccepted({}, '198.51.100.7')
    await postRefused({}, MESSAGES.tooFast, undefined, '198.51.100.201')
    await postAccepted({}, '198.51.101.7')
  })

  test('the same e-mail from another address within 15 s is refused', async () => {
    const email = uniqueEmail('flooder')
    await postAccepted({email})
    await postRefused({email, body: uniqueText('second comment')}, MESSAGES.tooFast)
    // Case does not make it another address.
    await postRefused({email: email.toUpperCase(), body: uniqueText('third comment')}, MESSAGES.tooFast)
  })

  test('a refused post does not use up the flood window', async () => {
    const ip = freshAddress()
    const email = uniqueEmail()
    await postRefused({email, parentId: SEED.pending}, MESSAGES.parentMissing, undefined, ip)
    await postRefused({email, articleId: 'article-does-not-exist'}, MESSAGES.articleMissing, undefined, ip)
    await postRefused({email, startedAt: issueTimeToken(Date.now())}, MESSAGES.tooEarly, undefined, ip)
    await postAccepted({email}, ip)
  })

  test('the same comment again (article, parent, e-mail, text) is refused as a duplicate', async () => {
    const first = await postAccepted({parentId: SEED.root})
    const again = {parentId: SEED.root, email: first.email, body: first.comment.body}
    // From another address, so that the flood limit is not what stops it; a different case of the
    // e-mail and blank edges on the text are still the same comment.
    await postRefused({...again, email: first.email.toUpperCase(), body: `  ${again.body}\n`}, MESSAGES.duplicate)
    const {comments} = await storedFor(site.reader, first.email)
    expect(comments.map((c) => c._id)).toEqual([first.comment._id])
  })

  test('ten concurrent identical posts store exactly one comment', async () => {
    const p = {email: uniqueEmail('double-clicker'), body: uniqueText('concurrent comment'), startedAt: acceptedToken()}
    mockHeaders = new Headers({'x-forwarded-for': freshAddress()})
    const states = await Promise.all(
      Array.from({length: 10}, () => submitCommentAction(INITIAL_COMMENT_STATE, commentForm(p))),
    )
    expect(states.filter((s) => s.status === 'success')).toHaveLength(1)
    for (const s of states.filter((s) => s.status !== 'success'))
      expect([MESSAGES.duplicate, MESSAGES.tooFast]).toContain(s.message)
    const {comments, contacts} = await storedFor(site.reader, p.email)
    expect(comments).toHaveLength(1)
    expect(contacts).toHaveLength(1)
    expect(await countWithBody(p.body)).toBe(1)
  })

  test('ten concurrent identical posts from ten addresses store exactly one comment', async () => {
    const p = {email: uniqueEmail('botnet'), body: uniqueText('distributed comment'), startedAt: acceptedToken()}
    const states = await Promise.all(
      Array.from({length: 10}, async () => {
        const ip = freshAddress()
        const fd = commentForm(p)
        mockHeaders = new Headers({'x-forwarded-for': ip})
        return submitCommentAction(INITIAL_COMMENT_STATE, fd)
      }),
    )
    expect(states.filter((s) => s.status === 'success')).toHaveLength(1)
    expect(await countWithBody(p.body)).toBe(1)
  })
})

describe('bots', () => {
  test('a filled honeypot is told it worked, and nothing is stored', async () => {
    const email = uniqueEmail('bot')
    const state = await expectNothingStored(site.reader, () => post({website: 'https://spam.example', email}))
    expect(state).toMatchObject({status: 'success', message: MESSAGES.awaitingModeration})
    expect(await storedFor(site.reader, email)).toEqual({comments: [], contacts: []})
  })

  test('a post made less than 3 s after the form was opened is refused', async () => {
    const body = uniqueText('hasty comment')
    const state = await postRefused({startedAt: issueTimeToken(Date.now() - 1000), body}, MESSAGES.tooEarly)
    expect(state.values.body).toBe(body)
  })

  test.each([
    ['a wrong signature', () => `${Date.now() - 5000}.${'f'.repeat(64)}`],
    ['a signature moved to another time', () => `${Date.now() - 60_000}.${acceptedToken().split('.')[1]}`],
    ['garbage', () => 'not-a-token'],
    ['an expired token', () => issueTimeToken(Date.now() - 25 * 3600 * 1000)],
  ])('a forged or expired time token (%s) is refused', async (_label, token) => {
    await postRefused({startedAt: token()}, MESSAGES.badToken)
  })

  test('without a time token (no JavaScript) the comment is stored, flagged "unverified"', async () => {
    const {comment, contact} = await postAccepted({startedAt: ''})
    expect(contact.flags).toEqual(['unverified'])
    expect(comment.status).toBe('pending')
  })

  test('with a valid token and at most one link, the comment has no flags', async () => {
    const {contact} = await postAccepted({body: 'Background: https://www.iiss.org/ is worth a read.'})
    expect(contact.flags).toEqual([])
  })

  test('two or more links flag the comment "links"', async () => {
    const {contact} = await postAccepted({body: 'Cheap deals at https://spam.example/a and www.spam.example/b today'})
    expect(contact.flags).toEqual(['links'])
    const both = await postAccepted({
      body: 'See http://a.example/1 http://b.example/2 http://c.example/3',
      startedAt: '',
    })
    expect(both.contact.flags).toEqual(['links', 'unverified'])
  })
})

describe('what is stored', () => {
  test('fields the client sends for status, id, dates, flags or hashes are ignored', async () => {
    const before = Date.now()
    const {comment, contact} = await postAccepted({
      extra: {
        status: 'approved',
        _id: 'comment-chosen-by-client',
        _type: 'article',
        createdAt: '1999-01-01T00:00:00Z',
        flags: '',
        emailHash: 'deadbeef',
        article: OTHER_ARTICLE,
        authorName: 'Someone Else',
      },
    })
    expect(comment.status).toBe('pending')
    expect(comment._type).toBe('comment')
    expect(comment._id).toMatch(/^comment-[0-9a-f]{32}$/)
    expect(comment._originalId).toBe(`drafts.${comment._id}`)
    expect(new Date(comment.createdAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(new Date(comment.createdAt).getTime()).toBeLessThanOrEqual(Date.now() + 1000)
    expect(comment).not.toHaveProperty('emailHash')
    expect(comment).not.toHaveProperty('flags')
    expect(contact.emailHash).toMatch(/^[0-9a-f]{64}$/)
    expect(comment.article._ref).toBe(SEED_ARTICLE)
    expect(comment.authorName).toBe('Test Reader')
    const chosen = ['comment-chosen-by-client', 'drafts.comment-chosen-by-client']
    expect(await site.reader.fetch('*[_id in $chosen][0]', {chosen}, {perspective: 'raw'})).toBeNull()
  })

  test('the e-mail lives only in comment-contact.<id>, which the public cannot read', async () => {
    const ip = freshAddress()
    const {comment, contact, email} = await postAccepted({}, ip)
    expect(contact._id).toBe(`comment-contact.${comment._id}`)
    expect(contact.email).toBe(email)
    expect(contact.comment._ref).toBe(comment._id)
    expect(comment.contact._ref).toBe(contact._id)
    // Neither the address nor the IP appears anywhere in the comment, which publishing copies whole.
    const draft = await site.reader.getDocument(`drafts.${comment._id}`)
    expect(draft).not.toHaveProperty('email')
    expect(JSON.stringify(draft).toLowerCase()).not.toContain(email.toLowerCase())
    expect(JSON.stringify(draft)).not.toContain(email.split('@')[0])
    expect(JSON.stringify(contact)).not.toContain(ip)
    // Only the contact document holds the address, and the tokenless client sees none of it, nor
    // the pending comment itself (tests/comments/privacy.test.ts follows it through moderation).
    expect(await site.reader.fetch('*[email == $email]._id', {email}, {perspective: 'raw'})).toEqual([contact._id])
    expect(await site.anon.fetch('*[_id == $id][0]', {id: contact._id})).toBeNull()
    expect(await site.anon.fetch('*[email == $email]', {email})).toEqual([])
    expect(await site.anon.fetch('count(*[_type == "commentContact"])')).toBe(0)
    expect(await site.anon.getDocument(contact._id)).toBeUndefined()
    expect(await site.anon.getDocument(comment._id)).toBeUndefined()
  })

  test('after an error the state keeps what the reader typed; after success only the text is cleared', async () => {
    const body = uniqueText('kept comment')
    const email = uniqueEmail()
    const refused = await post({body, name: 'Kinley', email, parentId: SEED.pending})
    expect(refused).toEqual({
      status: 'error',
      message: MESSAGES.parentMissing,
      fieldErrors: {},
      values: {body, name: 'Kinley', email},
    })
    const accepted = await post({body, name: 'Kinley', email})
    expect(accepted).toEqual({
      status: 'success',
      message: MESSAGES.awaitingModeration,
      fieldErrors: {},
      values: {body: '', name: 'Kinley', email},
    })
  })

  test('the previous state sent by the client is not trusted', async () => {
    const email = uniqueEmail()
    mockHeaders = new Headers({'x-forwarded-for': freshAddress()})
    const forgedPrevious = {
      status: 'success' as const,
      message: 'x',
      fieldErrors: {},
      values: {body: 'injected', name: 'x', email: 'x'},
    }
    const state = await submitCommentAction(forgedPrevious, commentForm({body: '', email}))
    expect(state.status).toBe('error')
    expect(state.values).toEqual({body: '', name: 'Test Reader', email})
  })
})
