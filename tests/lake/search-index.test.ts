/** @jest-environment node */
/**
 * The site search answered from the text indexes (textIndex.ts, textMatch.ts, search.ts) must be
 * exactly what plain groq-js gives: same documents, same order, same `_score` floats, also for the
 * corners of groq-js's tokenizer (words split across spans, non-ASCII words, dots in terms) and
 * after writes to documents the indexes already hold.
 */
import {evaluate, parse, type ExprNode} from 'groq-js'
import {join} from 'node:path'
import {searchQuery, searchTerms} from '@/lib/queries/search'
import {generateArchive} from '@/sanity/sample/archive/generate'
import {Lake} from '@/sanity/lake/lake'
import {eachToken, ptText, tokenize} from '@/sanity/lake/query/semantics/textTokens'
import {importNdjson} from '@/sanity/lake/store/ndjson'
import {planQuery} from '@/sanity/lake/query/plan'
import {compilePredicate} from '@/sanity/lake/query/predicate'
import {scoredSlice} from '@/sanity/lake/query/rules/scoredSlice'
import {LakeStore} from '@/sanity/lake/store/store'
import {compileTextMatch} from '@/sanity/lake/query/indexedMatch'
import type {LakeDocument} from '@/sanity/lake/types'

type Node = Record<string, unknown> & {type: string}

const span = (text: string, k: string) => ({_type: 'span', _key: k, text, marks: []})
const block = (k: string, ...texts: string[]) => ({
  _type: 'block',
  _key: k,
  style: 'normal',
  markDefs: [],
  children: texts.map((t, i) => span(t, `${k}s${i}`)),
})

function article(id: string, fields: Record<string, unknown>): LakeDocument {
  return {_id: id, _type: 'article', slug: {_type: 'slug', current: id}, publishedAt: '2026-03-01T00:00:00Z', ...fields}
}

/** Documents built for the tokenizer's corners; the archive supplies volume. */
const SPECIAL: LakeDocument[] = [
  // "Quokka" exists only as two spans of one block: no single string of the document holds it.
  article('special-split', {
    title: 'Marsupial notes',
    dek: 'Field report',
    body: [block('a', 'The Quo', 'kka smiles.'), block('b', 'Wombat')],
  }),
  article('special-zurich', {
    title: 'Zürich talks',
    dek: 'ĐŽ and Ærø',
    body: [block('a', 'Treffen in Zürich; Straße, naïve café.')],
  }),
  article('special-dots', {
    title: 'U.S. policy v2.0',
    dek: '...ellipsis... and a.b.c',
    body: [block('a', 'Version 2.0 of the U.S.A. plan, e.g. this.')],
  }),
  // A term only in a dek, and an article without any dek.
  article('special-dek', {title: 'Plain title', dek: 'Xylophonic border', body: [block('a', 'Nothing here.')]}),
  article('special-nodek', {title: 'Border border border', body: [block('a', 'border treaty border')]}),
  // Same score and date as special-nodek's twin: ties keep dataset order.
  article('special-twin', {title: 'Border border border', body: [block('a', 'border treaty border')]}),
  article('special-nested', {
    title: 'Nested',
    body: [[block('a', 'deeply nested quokka')], {_type: 'image'}, 'stray string'],
  }),
  article('special-array-title', {title: ['Array', 'titled quokka'], body: [block('a', 'wombat')]}),
  article('special-undated', {title: 'Quokka undated', publishedAt: undefined, body: [block('a', 'quokka')]}),
]

let lake: Lake

beforeAll(async () => {
  const store = new LakeStore(':memory:')
  await importNdjson(store, join(process.cwd(), 'sanity/sample/edition.ndjson'))
  const docs = [...(generateArchive({articles: 60, comments: 200, seed: 11}) as Iterable<LakeDocument>), ...SPECIAL]
  store.commit({
    id: 'archive',
    timestamp: new Date().toISOString(),
    author: 'test',
    changes: docs.map((d) => ({id: d._id, before: null, after: {...d, _rev: 'r'}})),
  })
  lake = new Lake(store)
})

async function search(terms: string[], start = 0, end = start + 10) {
  const params = {terms, start, end}
  const indexed = await lake.query(searchQuery, params, 'published', false, true)
  const plain = await lake.query(searchQuery, params, 'published', false, false)
  return {indexed, plain}
}

const TERM_SETS: Array<[string, string[]]> = [
  ['prefix terms', searchTerms('border treaty')],
  ['exact terms', ['border', 'treaty']],
  ['a term that matches nothing', ['zzzqqq*']],
  ['a term only in a dek', ['xylophonic*']],
  ['a word split across two spans', ['quokka']],
  ['non-ASCII words', searchTerms('Zürich')],
  ['non-ASCII capitals', ['đž', 'ærø*']],
  ['a dot in a term (a regex dot)', ['u.s*']],
  ['a version number', ['v2.0']],
  ['dots only', ['...']],
  ['wildcard only', ['*']],
  ['common words', searchTerms('the security of the region')],
  ['one term of many absent', ['border*', 'zzzqqq*']],
  ['upper case', ['BORDER*']],
]

describe('the site search query', () => {
  test.each(TERM_SETS)('%s', async (_, terms) => {
    const {indexed, plain} = await search(terms)
    expect(indexed).toEqual(plain)
  })

  test.each([10, 20, 30, 55, 1000])('a deep page from %i', async (start) => {
    const {indexed, plain} = await search(['border*', 'treaty*'], start)
    expect(indexed).toEqual(plain)
  })

  test('the plan scores in JavaScript and leaves groq-js one page', async () => {
    const view = lake.views.view('published', false)
    const tree = parse(searchQuery, {params: {terms: ['border*'], start: 0, end: 10}}) as unknown as Node
    const slice = findNode(tree, (n) => n.type === 'Slice')!
    const planned = scoredSlice(slice as unknown as ExprNode, {view, plan: (n) => n}) as unknown as Node | null
    expect(planned).not.toBeNull()
    const base = ((planned!.base as Node).base as Node).base as Node
    expect(base.type).toBe('Value')
    expect((base.value as unknown[]).length).toBeLessThanOrEqual(10)
    const [fast, slow] = await Promise.all(
      [planned, slice].map(async (n) => (await evaluate(n as never, {dataset: view.docs})).get()),
    )
    expect(fast).toEqual(slow)
  })

  test('the planner uses the scored plan (rule scoredSlice)', () => {
    const view = lake.views.view('published', false)
    const tree = parse(searchQuery, {params: {terms: ['border*'], start: 0, end: 10}})
    const planned = planQuery(tree, view).tree as unknown as Node
    const slice = findNode(planned, (n) => n.type === 'Slice')!
    const base = ((slice.base as Node).base as Node).base as Node
    expect(base.type).toBe('Value')
    expect((base.value as unknown[]).length).toBeLessThanOrEqual(10)
  })
})

describe('after writes to indexed documents', () => {
  test('create, patch, delete', async () => {
    // The indexes exist from the tests above; these writes must reach them.
    await lake.mutate(
      [
        {
          create: article('written-1', {
            title: 'Quokka census',
            dek: 'Fresh border count',
            body: [block('a', 'Qu', 'okka treaty')],
          }),
        },
      ],
      {author: 'test'},
    )
    let {indexed, plain} = await search(['quokka*'])
    expect(indexed).toEqual(plain)
    expect((indexed as {total: number}).total).toBeGreaterThan(1)

    await lake.mutate([{patch: {id: 'written-1', set: {title: 'Wombat census', body: [block('a', 'border')]}}}], {
      author: 'test',
    })
    await lake.mutate([{patch: {id: 'special-split', set: {body: [block('a', 'The Quo', ' kka')]}}}], {author: 'test'})
    for (const terms of [['quokka*'], ['wombat*'], ['border*', 'treaty*'], ['kka']]) {
      ;({indexed, plain} = await search(terms))
      expect(indexed).toEqual(plain)
    }

    await lake.mutate([{delete: {id: 'written-1'}}, {delete: {id: 'special-twin'}}], {author: 'test'})
    for (const terms of [['wombat*'], ['border*']]) {
      ;({indexed, plain} = await search(terms))
      expect(indexed).toEqual(plain)
    }
  })

  test('many writes (index compaction) keep answers exact', async () => {
    for (let round = 0; round < 3; round++) {
      const docs = Array.from({length: 700}, (_, i) =>
        article(`bulk-${i}`, {title: `Bulk ${round} quokka ${i % 7}`, body: [block('a', `round${round} border`)]}),
      )
      await lake.mutate(
        docs.map((doc) => ({createOrReplace: doc})),
        {author: 'test'},
      )
    }
    await lake.mutate(
      Array.from({length: 700}, (_, i) => ({delete: {id: `bulk-${i}`}})).filter((_, i) => i % 3 !== 0),
      {author: 'test'},
    )
    for (const terms of [['quokka*'], ['round2*', 'border'], ['bulk']]) {
      const {indexed, plain} = await search(terms, 0, 10)
      expect(indexed).toEqual(plain)
    }
  })
})

describe('the tokenizer replica against groq-js', () => {
  const STRINGS = [
    'Hello, world! Hello again.',
    'a.b..c...d .e. f. .g',
    'U.S.A. e.g. v2.0 ...start end... mid...dle',
    'Zürich. ü.x ü. .ü Straße ĐŽ đž Ærø İstanbul ſtraße K',
    'tab\there\nnew\u00a0nbsp\u2003em\u3000ideo',
    'under_score hy-phen slash/ed back\\slash pipe|d semi;colon quote"d apos\'d',
    'emoji 🙂 and surrogate 𝒳ylophone',
    '   ',
    '',
    '*** wild*card ?',
    '1,000.50 3.14 .5 5.',
  ]
  const PATTERNS = [
    'hello',
    'a*',
    'b',
    'u.s*',
    'e.g',
    'v2.0',
    '*',
    'zürich',
    'ü*',
    'đž',
    'straße',
    'istanbul',
    'k',
    'tab',
    'nbsp',
    'under_score',
    "apos'd",
    '𝒳*',
    '3.14',
    '5',
    '...',
    'wild*card',
    'hy',
    '.5',
  ]

  test.each(STRINGS)('match and score of %j', async (text) => {
    for (const pattern of PATTERNS) {
      const dataset = [{_id: 'x', _type: 't', text}]
      const groq = await (
        await evaluate(
          parse('{"m": *[0].text match $p, "s": (* | score(text match $p))[0]._score}', {params: {p: pattern}}),
          {dataset},
        )
      ).get()
      const node = {
        type: 'OpCall',
        op: 'match',
        left: {type: 'AccessAttribute', name: 'text'},
        right: {type: 'Value', value: pattern},
      }
      const match = compileTextMatch(node as ExprNode)!
      expect({pattern, m: match.matches(dataset[0]), s: match.score(dataset[0])}).toEqual({pattern, ...groq})
      expect(compilePredicate(node as ExprNode)(dataset[0])).toBe(groq.m)
    }
  })

  test('tokens of a tricky string', () => {
    expect(tokenize('a.b..c U.S.A. ...x y... ü. ü.x, hy-phen')).toEqual([
      'abc',
      'USA',
      'x',
      'y',
      'ü.',
      'üx',
      'hy',
      'phen',
    ])
  })

  test("the index's scanner gives the regex's tokens, on the tricky strings and 2,000 random ones", () => {
    const scanned = (text: string) => {
      const tokens: string[] = []
      eachToken(text, (t) => tokens.push(t))
      return tokens
    }
    // Letters, every separator, dots, apostrophes, Unicode spaces, a lone surrogate and an astral character.
    const alphabet = [
      ...'aZ9ü_.\'`~=.!@#$%^&*(),\\/?";:{}|[]+<>-'.split(''),
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\ufeff',
      '\u0085',
      '\u180e',
      '\ud835',
      '𝒳',
    ]
    let seed = 1
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
    const samples = [...STRINGS]
    for (let i = 0; i < 2000; i++)
      samples.push(
        Array.from(
          {length: 1 + Math.floor(random() * 24)},
          () => alphabet[Math.floor(random() * alphabet.length)],
        ).join(''),
      )
    for (const text of samples) expect(scanned(text)).toEqual(tokenize(text))
  })

  test.each([
    [[block('a', 'one ', 'two'), block('b', 'thr', 'ee')]],
    [[[block('a', 'nested')], block('b', 'flat')]],
    [block('a', 'single ', 'block')],
    [[{_type: 'image'}, 'string', null, 3]],
    [[{children: [span('no type', 'x')]}, {_type: 'block', children: 'not an array'}, {_type: 'block', children: []}]],
    [
      [
        {
          _type: 'block',
          children: [{_type: 'notspan', text: 'x'}, {_type: 'span', text: 7}, null, {_type: 'span', text: 'ok'}],
        },
      ],
    ],
    ['a string'],
    [null],
    [[]],
  ])('pt::text of %j', async (value) => {
    const groq = await (await evaluate(parse('pt::text($v)', {params: {v: value}}))).get()
    expect(ptText(value)).toEqual(groq)
  })

  test('an array literal left side: each string element, not arrays', async () => {
    const doc = {_id: 'x', _type: 't', a: 'quokka one', b: ['quokka two'], c: null, body: [block('a', 'quo', 'kka')]}
    for (const left of ['[a, b, c, pt::text(body)]', 'b', '[b]', 'pt::text(body)', '[pt::text(body), a]', '[]']) {
      for (const pattern of ['quokka', 'two', 'one', 'quo']) {
        const query = `{"m": *[0]{"v": ${left} match $p}.v, "s": (* | score(${left} match $p))[0]._score}`
        const groq = await (await evaluate(parse(query, {params: {p: pattern}}), {dataset: [doc]})).get()
        const node = parse(`${left} match $p`, {params: {p: pattern}})
        const match = compileTextMatch(node)!
        expect({left, pattern, m: match.matches(doc), s: match.score(doc)}).toEqual({left, pattern, ...groq})
      }
    }
  })
})

function findNode(node: unknown, test: (n: Node) => boolean): Node | null {
  if (Array.isArray(node)) {
    for (const n of node) {
      const found = findNode(n, test)
      if (found) return found
    }
    return null
  }
  if (!node || typeof node !== 'object') return null
  if (test(node as Node)) return node as Node
  for (const v of Object.values(node)) {
    const found = findNode(v, test)
    if (found) return found
  }
  return null
}
