/**
 * `npm run bench:images [-- --cold 24 --cached 400 --concurrency 2]`
 * The lake's image pipeline: a 2000 px photograph-like source to an 800 px WebP, through the real
 * HTTP endpoint @sanity/image-url points at. Cold: each request has parameters not seen before
 * (a different quality), so each is decoded, resized and encoded. Cached: the same URL again, read
 * from the disk cache. Figures are printed, never asserted. The site renders <img srcset> with
 * these URLs and does not use next/image, so there is no second pipeline to measure.
 */
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createClient} from '@sanity/client'
import sharp from 'sharp'
import {startLake} from '../../sanity/lake/server/start'
import {argValue, table} from './args'

const COLD = Math.min(50, Number(argValue('--cold', '24')))
const CACHED = Number(argValue('--cached', '400'))
const CONCURRENCY = Number(argValue('--concurrency', '2'))
const TOKEN = 'bench-images-write-token-0123456789abcdef'

/** Smooth gradients, shapes and fine noise: compresses like a photograph, not like a flat drawing. */
async function photographLike(width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3)
  let seed = 42
  const noise = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 21) - 10
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3
      pixels[i] = 120 + 90 * Math.sin(x / 170) + noise()
      pixels[i + 1] = 110 + 80 * Math.cos(y / 130 + x / 400) + noise()
      pixels[i + 2] = 140 + 70 * Math.sin((x + y) / 260) + noise()
    }
  }
  return sharp(pixels, {raw: {width, height, channels: 3}})
    .jpeg({quality: 88})
    .toBuffer()
}

async function timed(urls: string[], concurrency: number): Promise<{seconds: number; latencies: number[]}> {
  const latencies: number[] = []
  let next = 0
  const started = performance.now()
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]
      const t0 = performance.now()
      const res = await fetch(url, {headers: {accept: 'image/webp'}})
      const body = Buffer.from(await res.arrayBuffer())
      if (res.status !== 200 || body.length === 0) throw new Error(`${url}: HTTP ${res.status}`)
      latencies.push(performance.now() - t0)
    }
  }
  await Promise.all(Array.from({length: concurrency}, worker))
  return {seconds: (performance.now() - started) / 1000, latencies: latencies.sort((a, b) => a - b)}
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-images-'))
  const lake = await startLake({
    port: 0,
    dataFile: join(dir, 'lake.sqlite'),
    grants: [{token: TOKEN, role: 'write', userId: 'bench'}],
    imageCache: {dir: join(dir, 'image-cache'), maxBytes: 1024 * 1024 * 1024},
  })
  try {
    const client = createClient({
      projectId: 'local',
      dataset: 'production',
      apiHost: lake.url,
      useProjectHostname: false,
      apiVersion: '2025-02-19',
      useCdn: false,
      token: TOKEN,
    })
    const source = await photographLike(2000, 1333)
    const asset = await client.assets.upload('image', source, {filename: 'bench.jpg'})
    const base = `${lake.url}/${asset.path}?w=800&fm=webp`
    const rows: string[][] = []
    // A quality not asked before makes every cold request a cache miss (up to 100 of them).
    let n = 0
    const fresh = () => `${base}&q=${100 - (n++ % 100)}`
    for (const concurrency of [1, CONCURRENCY]) {
      const cold = await timed(
        Array.from({length: COLD}, () => fresh()),
        concurrency,
      )
      rows.push(row(`cold, concurrency ${concurrency}`, COLD, cold))
    }
    const warmUrl = `${base}&q=40`
    await fetch(warmUrl)
    for (const concurrency of [1, CONCURRENCY]) {
      const cached = await timed(
        Array.from({length: CACHED}, () => warmUrl),
        concurrency,
      )
      rows.push(row(`cached, concurrency ${concurrency}`, CACHED, cached))
    }
    const out = await fetch(warmUrl, {headers: {accept: 'image/webp'}})
    const meta = await sharp(Buffer.from(await out.arrayBuffer())).metadata()
    console.log(
      `Source: ${source.length >> 10} KB JPEG, 2000×1333; result: ${meta.format} ${meta.width}×${meta.height}, ` +
        `${out.headers.get('content-length')} bytes (q=40); cache header: ${out.headers.get('x-lake-image-cache')}`,
    )
    console.log(table(['run', 'requests', 'transforms/s', 'p50 ms', 'p99 ms'], rows))
  } finally {
    await lake.close()
    rmSync(dir, {recursive: true, force: true})
  }
}

function row(name: string, count: number, run: {seconds: number; latencies: number[]}): string[] {
  return [
    name,
    String(count),
    (count / run.seconds).toFixed(1),
    quantile(run.latencies, 0.5).toFixed(1),
    quantile(run.latencies, 0.99).toFixed(1),
  ]
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
