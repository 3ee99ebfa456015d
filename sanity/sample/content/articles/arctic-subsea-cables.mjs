import {h2, h3, p, quote, stat} from '../../lib/portable-text.mjs'

export const quotes = [
  {
    id: 'quote-lindqvist-arctic-repair',
    quote:
      'In the Arctic the question is not whether a cable can be cut, but how long you can live without it. ' +
      'Redundancy is the only defence that works every time.',
    speakerName: 'Dr. Freya Lindqvist',
    credentials: 'maritime infrastructure researcher',
    affiliation: 'Nordic Centre for Seabed Security',
  },
]

export default {
  slug: 'arctic-subsea-cables',
  title: 'Beneath the Ice: Why Arctic Subsea Cables Became a Security Priority',
  dek:
    'A handful of fibre-optic lines carry the data of the High North. A run of damage incidents has pushed ' +
    'navies, regulators and cable owners into an uneasy partnership.',
  author: 'elena-marsh',
  topics: ['security-defence', 'technology'],
  publishedAt: '2025-11-10T09:00:00Z',
  body: [
    p(
      `The cables that connect Svalbard, northern Norway and Iceland to the rest of the internet are unremarkable to look at: a bundle of glass fibres no thicker than a garden hose, wrapped in steel and polyethylene and laid along the seabed for hundreds of kilometres. For most of their history they attracted attention only when a trawler’s gear snagged one. That has changed.`,
    ),

    h2(`A pattern of incidents`),
    p(
      `Over the past three years operators around the Baltic and the Norwegian Sea have reported a string of faults on cables and pipelines in which ships were later found to have dragged their anchors across the seabed. Investigations have been slow and attribution harder still; few cases have reached a courtroom. But the cumulative effect has been to move seabed infrastructure out of the engineering department and into the defence ministry.`,
    ),
    stat({
      value: '99%',
      claim: 'Estimated share of intercontinental data traffic carried by subsea cables rather than satellites',
      sourceName: 'Nordic Centre for Seabed Security, 2025 infrastructure survey',
      sourceUrl: 'https://seabed-security.example/surveys/2025',
      dataDate: '2025-06-01',
    }),
    p(
      `The Arctic adds complications of its own. Specialised repair ships are few and often days away. Winter darkness, sea ice and storms can delay a fix for weeks, and the communities at the end of the line, from research stations to fishing towns, often have a single connection and a slow satellite backup.`,
    ),
    quote('quote-lindqvist-arctic-repair'),

    h2(`Who is responsible?`),
    p(
      `Most cables are privately owned, by telecom consortiums and increasingly by cloud companies. Navies patrol, coast guards inspect and regulators license, but nobody is quite in charge of the whole. The [International Cable Protection Committee](https://www.iscpc.org/), an industry body, has long argued that most damage is accidental and that better charting, fishing rules and anchoring discipline do more for cable safety than warships.`,
    ),
    p(
      `Governments now want both. Several northern European states have begun mapping the ships that loiter over cable routes, sharing sonar data with operators and rehearsing repairs as military exercises. The difficulty is legal as much as technical: beyond territorial waters a state has limited power to board a foreign vessel, and the law of the sea was written for a world in which cutting a cable was a nuisance rather than a strategy.`,
    ),
    h3(`The case for redundancy`),
    p(
      `The most reliable protection is the least dramatic: more cables, on more routes, landing at more places, with repair capacity nearby. Proposals for a trans-Arctic cable linking Europe and East Asia through polar waters would add capacity and shorten latency, but they would also create a long and lightly watched target in waters where several navies operate.`,
    ),
    p(
      `The lesson of the past three years is that seabed security will not be solved by patrols alone. It will be managed, imperfectly, through a mix of spare capacity, faster repairs and a credible chance of being caught. That is less satisfying than a naval answer, but it is closer to how resilient networks have always been built.`,
    ),
  ],
}
