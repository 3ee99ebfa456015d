#!/usr/bin/env node
// Builds the sample edition: the dataset the site loads into an empty content store on first
// start. Run `node sanity/sample/build-edition.mjs`; it writes edition.ndjson next to this file,
// one document per line in Sanity's export format. The content lives in ./content, one module per
// article; ids are stable and readable, so tests and links can name documents directly.
//
// Sample material for a fictional publication. Beyond the seed article, the staff, commenters,
// quoted experts and most institutes and figures are invented: invented sources use .example
// domains or carry no URL, and only real publishers (congress.gov, europa.eu, …) get real links.
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

import * as aiElectionCampaigning from './content/articles/ai-election-campaigning.mjs'
import * as arcticSubseaCables from './content/articles/arctic-subsea-cables.mjs'
import * as bhutanHydropowerBargain from './content/articles/bhutan-hydropower-bargain.mjs'
import * as bhutanYouthEmigration from './content/articles/bhutan-youth-emigration.mjs'
import * as carbonBorderSouthAsia from './content/articles/carbon-border-south-asia.mjs'
import * as chipSovereignty from './content/articles/chip-sovereignty.mjs'
import * as criticalMineralsClubs from './content/articles/critical-minerals-clubs.mjs'
import * as droneDoctrineSmallStates from './content/articles/drone-doctrine-small-states.mjs'
import * as drukNatoNexus from './content/articles/druk-nato-nexus.mjs'
import * as glacialLakesEarlyWarning from './content/articles/glacial-lakes-early-warning.mjs'
import * as indoPacificOrderLongRead from './content/articles/indo-pacific-order-long-read.mjs'
import * as mekongDroughtDiplomacy from './content/articles/mekong-drought-diplomacy.mjs'
import * as rupeeTradeSettlement from './content/articles/rupee-trade-settlement.mjs'
import {comments} from './content/comments.mjs'
import {draftEdits, embargoedArticle} from './content/drafts.mjs'
import {authors, siteSettings, topics} from './content/site.mjs'
import {
  articleDoc,
  articleId,
  commentContactDoc,
  commentDoc,
  keyedRefs,
  quoteDoc,
  shiftHours,
  slug,
} from './lib/documents.mjs'

// Pictures drawn by pictures/generate.ts: the files sit in ./images, their metadata in ./assets.json,
// and the documents refer to them with `_sanityAsset` markers, as a Sanity export does.
const pictures = JSON.parse(readFileSync(new URL('./pictures/pictures.json', import.meta.url), 'utf8'))
const imageField = (picture, withCaption) =>
  picture && {
    _type: 'image',
    _sanityAsset: picture.asset,
    alt: picture.alt,
    ...(withCaption && {caption: picture.caption, credit: picture.credit}),
    ...(picture.hotspot && {
      crop: {_type: 'sanity.imageCrop', top: 0, bottom: 0, left: 0, right: 0},
      hotspot: {_type: 'sanity.imageHotspot', ...picture.hotspot},
    }),
  }

// Newest first, the order a reader meets them.
const articleModules = [
  drukNatoNexus,
  carbonBorderSouthAsia,
  chipSovereignty,
  indoPacificOrderLongRead,
  glacialLakesEarlyWarning,
  criticalMineralsClubs,
  bhutanYouthEmigration,
  droneDoctrineSmallStates,
  mekongDroughtDiplomacy,
  aiElectionCampaigning,
  rupeeTradeSettlement,
  arcticSubseaCables,
  bhutanHydropowerBargain,
]

// Masthead, sections and staff predate the first article.
const FOUNDED_AT = '2025-10-20T09:00:00Z'
const SETTINGS_UPDATED_AT = '2026-01-10T06:00:00Z'

const settingsDoc = {
  _id: 'siteSettings',
  _type: 'siteSettings',
  _createdAt: FOUNDED_AT,
  _updatedAt: SETTINGS_UPDATED_AT,
  title: siteSettings.title,
  tagline: siteSettings.tagline,
  description: siteSettings.description,
  timeZone: siteSettings.timeZone,
  nav: keyedRefs(
    topics.map((t) => `topic-${t.slug}`),
    'nav',
  ),
  topPicks: keyedRefs(siteSettings.topPicks.map(articleId), 'pick'),
}

const topicDocs = topics.map((t) => ({
  _id: `topic-${t.slug}`,
  _type: 'topic',
  _createdAt: FOUNDED_AT,
  _updatedAt: FOUNDED_AT,
  title: t.title,
  slug: slug(t.slug),
  description: t.description,
}))

const authorDocs = authors.map((a) => ({
  _id: `author-${a.slug}`,
  _type: 'author',
  _createdAt: FOUNDED_AT,
  _updatedAt: FOUNDED_AT,
  name: a.name,
  slug: slug(a.slug),
  role: a.role,
  bio: a.bio,
  links: a.links.map((link, index) => ({_key: `link${index}`, ...link})),
  ...(pictures.authors[a.slug] && {photo: imageField(pictures.authors[a.slug], false)}),
}))

// A quote is written down while the piece that first uses it is being drafted.
const quoteDocs = articleModules.flatMap(({default: article, quotes = []}) =>
  quotes.map((q) => quoteDoc({...q, createdAt: shiftHours(article.publishedAt, -22)})),
)

const articleDocs = articleModules.map(({default: article}) => {
  const doc = articleDoc(article)
  const picture = pictures.articles[article.slug]
  return picture ? {...doc, mainImage: imageField(picture, true)} : doc
})

const commentDocs = comments.map(commentDoc)
const contactDocs = comments.map(commentContactDoc)

const embargoed = articleDoc(embargoedArticle)
const embargoedDraft = {
  ...embargoed,
  _id: `drafts.${embargoed._id}`,
  _createdAt: embargoedArticle.draftCreatedAt,
  _updatedAt: embargoedArticle.draftCreatedAt,
}

const draftEditDocs = draftEdits.map((edit) => {
  const published = articleDocs.find((doc) => doc._id === articleId(edit.slug))
  if (!published) throw new Error(`Draft edit of unknown article ${edit.slug}`)
  return {...published, _id: `drafts.${published._id}`, _updatedAt: edit.editedAt, title: edit.title}
})

const documents = [
  settingsDoc,
  ...topicDocs,
  ...authorDocs,
  ...quoteDocs,
  ...articleDocs,
  ...commentDocs,
  ...contactDocs,
  embargoedDraft,
  ...draftEditDocs,
]

const outFile = fileURLToPath(new URL('./edition.ndjson', import.meta.url))
writeFileSync(outFile, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
console.log(`Wrote ${documents.length} documents to ${outFile}`)
