/**
 * Draws the sample edition's pictures and writes them where the edition's import finds them:
 *   sanity/sample/images/<sha1>-<w>x<h>.png   the files (`_sanityAsset` markers point here)
 *   sanity/sample/assets.json                  each asset's metadata, title, description and credit
 *   sanity/sample/pictures/pictures.json       which article and author gets which picture (build-edition.mjs reads it)
 * Run `npx tsx sanity/sample/pictures/generate.ts`, then `node sanity/sample/build-edition.mjs`.
 * Everything is drawn here: maps from Natural Earth's public-domain shapes (world-atlas), charts of
 * the articles' own statistics, monograms for the fictional staff. The output is committed, so a
 * fresh install needs neither this script nor fonts.
 */
import {createHash} from 'node:crypto'
import {mkdirSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {format, resolveConfig} from 'prettier'
import sharp from 'sharp'
import {imageMetadata, readImage} from '../../lake/server/images/metadata'
import {chartSvg, type Statistic} from './charts'
import {locatorMapSvg} from './maps'
import {monogramSvg} from './monograms'
import {ARTICLE_PICTURES, AUTHOR_COLOURS, CHART_CREDIT, MAP_CREDIT, MONOGRAM_CREDIT} from './plan'

const SAMPLE = join(__dirname, '..')
const IMAGES = join(SAMPLE, 'images')
/** The committed pictures may take at most this much. */
const BUDGET_BYTES = 3 * 1024 * 1024

interface Picture {
  /** The `_sanityAsset` marker the edition uses. */
  asset: string
  alt: string
  caption?: string
  credit: string
  hotspot?: {x: number; y: number; width: number; height: number}
}

async function main() {
  rmSync(IMAGES, {recursive: true, force: true})
  mkdirSync(IMAGES, {recursive: true})
  const assets: Record<string, Record<string, unknown>> = {}
  const save = async (svg: string, name: string, title: string, description: string, credit: string) => {
    // A palette PNG: flat drawings compress to a fraction of a photograph's size.
    const data = await sharp(Buffer.from(svg)).png({palette: true, quality: 90, compressionLevel: 9}).toBuffer()
    const image = (await readImage(data))!
    const hash = createHash('sha1').update(data).digest('hex')
    const file = `${hash}-${image.width}x${image.height}.png`
    writeFileSync(join(IMAGES, file), data)
    assets[`image-${hash}`] = {
      originalFilename: `${name}.png`,
      title,
      description,
      creditLine: credit,
      source: {name: 'meridian-sample-pictures', id: name},
      metadata: await imageMetadata(data, image),
    }
    return `image@file://./images/${file}`
  }

  const articles: Record<string, Picture> = {}
  for (const picture of ARTICLE_PICTURES) {
    if ('map' in picture) {
      const {svg, focus} = locatorMapSvg(picture.map)
      const asset = await save(svg, `map-${picture.slug}`, 'Locator map', picture.alt, MAP_CREDIT)
      articles[picture.slug] = {asset, alt: picture.alt, caption: picture.caption, credit: MAP_CREDIT, hotspot: focus}
    } else {
      const stat = await statisticOf(picture.slug)
      const credit = `${CHART_CREDIT}, from ${stat.sourceName}`
      const asset = await save(chartSvg(picture.chart, stat), `chart-${picture.slug}`, 'Chart', picture.alt, credit)
      articles[picture.slug] = {asset, alt: picture.alt, caption: picture.caption, credit}
    }
  }

  const {authors} = (await import('../content/site.mjs')) as {authors: Array<{slug: string; name: string}>}
  const people: Record<string, Picture> = {}
  for (const author of authors) {
    const colour = AUTHOR_COLOURS[author.slug] ?? '#444444'
    const alt = `Monogram of ${author.name}: the initials drawn in white on a coloured ground`
    const asset = await save(
      monogramSvg(author.name, colour),
      `monogram-${author.slug}`,
      'Monogram',
      alt,
      MONOGRAM_CREDIT,
    )
    people[author.slug] = {asset, alt, credit: MONOGRAM_CREDIT}
  }

  // Formatted as the repository formats JSON, so `npm run lint` passes on the committed output.
  const writeJson = async (file: string, value: unknown) =>
    writeFileSync(file, await format(JSON.stringify(value), {...(await resolveConfig(file)), filepath: file}))
  await writeJson(join(SAMPLE, 'assets.json'), assets)
  await writeJson(join(__dirname, 'pictures.json'), {articles, authors: people})
  const total = readdirSync(IMAGES).reduce((sum, file) => sum + statSync(join(IMAGES, file)).size, 0)
  console.log(`Wrote ${Object.keys(assets).length} pictures, ${(total / 1024).toFixed(0)} KB, to ${IMAGES}`)
  if (total > BUDGET_BYTES) throw new Error(`The sample pictures take ${total} bytes, over the ${BUDGET_BYTES} budget`)
}

/** The first statistic an article cites, read from its content module. */
async function statisticOf(slug: string): Promise<Statistic> {
  type Member = (key: string) => Record<string, unknown>
  const content = (await import(`../content/articles/${slug}.mjs`)) as {default: {body: Member[]}}
  // Body members are functions of their key (lib/portable-text.mjs).
  const stat = content.default.body.map((member) => member('k')).find((block) => block._type === 'statistic')
  if (!stat) throw new Error(`${slug} cites no statistic to chart`)
  return stat as unknown as Statistic
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
