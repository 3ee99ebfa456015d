/** @jest-environment node */
/**
 * Uploaded assets carry an absolute URL on the lake's public address (LAKE_PUBLIC_URL), as hosted
 * Sanity's carry cdn.sanity.io; without one configured, the address the upload came in on.
 */
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {startLake, type RunningLake} from '@/sanity/lake/server/start'
import {clientFor, GRANTS, WRITE_TOKEN} from '../support/lake'

const picture = readFileSync(
  join(process.cwd(), 'sanity/sample/images/157b31ef5545ee0086e23af051469058138e2a1c-800x800.png'),
)
const lakes: RunningLake[] = []
afterAll(async () => {
  await Promise.all(lakes.map((l) => l.close()))
})

async function lakeWith(publicUrl?: string) {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'lake-urls-')), 'lake.sqlite')
  const lake = await startLake({port: 0, dataFile, grants: GRANTS, publicUrl})
  lakes.push(lake)
  return lake
}

test('an upload gets its URL on the configured public address, and the URL serves the image', async () => {
  const lake = await lakeWith('https://lake.example.test')
  const asset = await clientFor(lake.url, WRITE_TOKEN).assets.upload('image', picture, {filename: 'portrait.png'})
  expect(asset.url).toBe(`https://lake.example.test/images/local/production/${asset.sha1hash}-800x800.png`)
  const served = await fetch(asset.url.replace('https://lake.example.test', lake.url))
  expect(served.status).toBe(200)
  expect(served.headers.get('content-type')).toBe('image/png')
})

test('without a public address, the URL is on the address the upload came in on', async () => {
  const lake = await lakeWith()
  const asset = await clientFor(lake.url, WRITE_TOKEN).assets.upload('image', picture, {filename: 'portrait.png'})
  expect(asset.url).toBe(`${lake.url}/images/local/production/${asset.sha1hash}-800x800.png`)
})
