/** @jest-environment node */
/**
 * No server-only library reaches a reader's browser: the JavaScript chunks every reader page
 * loads (and the chunks those load) carry no @sanity/client, zod, groq-js or Portable Text code.
 * The Studio's chunks do, which shows the scan can see them.
 */
import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {findTelltales, jsGzip, weighPage, type PageWeight} from '../support/pageWeight'
import {e2eState} from '../support/e2e'
import {pageTypes} from '../support/e2e-pages'

const {baseUrl, buildSnapshot} = e2eState()

test('reader pages load no server-only library code', async () => {
  const cache = new Map<string, string>()
  const pages: PageWeight[] = []
  for (const {path} of await pageTypes(baseUrl)) pages.push(await weighPage(baseUrl, path, cache))
  const readerChunks = new Map(pages.flatMap((p) => [...p.chunks]))
  expect(readerChunks.size).toBeGreaterThan(3)
  // Every chunk a page names is one of the build's own files.
  const built = new Set(readdirSync(join(buildSnapshot, '.next/static/chunks')).map((f) => `/_next/static/chunks/${f}`))
  for (const chunk of readerChunks.keys()) expect(built.has(chunk)).toBe(true)

  expect(findTelltales(readerChunks)).toEqual([])
  for (const page of pages)
    console.log(`[bundle] ${page.path}: ${page.chunks.size} chunks, ${(jsGzip(page) / 1024).toFixed(1)} KB of JS gzip`)
})

test('the scan does find them in the Studio', async () => {
  const studio = await weighPage(baseUrl, '/studio')
  const libraries = new Set(findTelltales(studio.chunks).map((f) => f.library))
  expect(libraries.has('@sanity/client')).toBe(true)
  expect(libraries.has('groq-js')).toBe(true)
})
