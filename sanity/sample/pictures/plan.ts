import type {ChartSpec} from './charts'
import type {MapSpec} from './maps'

/**
 * Which picture leads each sample article: a locator map of the countries it is about, or a chart
 * of the statistic it cites. The alt text says what the picture shows; the caption says why it is there.
 */
export type ArticlePicture =
  | {slug: string; map: MapSpec; alt: string; caption: string}
  | {slug: string; chart: ChartSpec; alt: string; caption: string}

export const MAP_CREDIT = 'Map: The Meridian Review, from Natural Earth country shapes (public domain)'
export const CHART_CREDIT = 'Chart: The Meridian Review'
export const MONOGRAM_CREDIT = 'Illustration: The Meridian Review (drawn monogram, not a photograph)'

export const ARTICLE_PICTURES: ArticlePicture[] = [
  {
    slug: 'druk-nato-nexus',
    map: {
      highlight: ['064'],
      view: [80, 21, 98, 33],
      context: ['356', '156', '524', '050'],
      places: {'156': [92, 31], '356': [83, 23.5]},
    },
    alt: 'Locator map of Bhutan, highlighted in red, between China to the north and India to the south',
    caption: 'Bhutan sits between the two largest armies in Asia.',
  },
  {
    slug: 'carbon-border-south-asia',
    map: {highlight: ['356', '586', '050', '144'], view: [60, 4, 97, 37]},
    alt: 'Locator map of South Asia with India, Pakistan, Bangladesh and Sri Lanka highlighted',
    caption: 'The four South Asian economies with the largest exports of steel, aluminium and fertiliser to the EU.',
  },
  {
    slug: 'chip-sovereignty',
    map: {
      highlight: ['840', '158', '410', '392', '528'],
      view: 'world',
      labels: {'840': 'United States', '410': 'S. Korea'},
      offsets: {'410': [-70, -10], '392': [40, 0], '158': [0, 20]},
    },
    alt: 'World map with the United States, the Netherlands, South Korea, Japan and Taiwan highlighted',
    caption: 'The five economies that hold the chokepoints of advanced chipmaking.',
  },
  {
    slug: 'indo-pacific-order-long-read',
    map: {highlight: ['356', '392', '036'], view: [62, -46, 160, 50]},
    alt: 'Map of the Indo-Pacific from the Arabian Sea to the western Pacific with India, Japan and Australia highlighted',
    caption: 'Three of the Quad’s four members span the Indo-Pacific; the fourth is across the ocean.',
  },
  {
    slug: 'glacial-lakes-early-warning',
    chart: {kind: 'index', baseline: '1990', now: 'Today', value: 140},
    alt: 'Bar chart: the combined area of eastern Himalayan glacial lakes, 100 in 1990 and 140 today',
    caption: 'Glacial lakes in the eastern Himalaya have grown by two-fifths since 1990.',
  },
  {
    slug: 'critical-minerals-clubs',
    map: {highlight: ['180', '152', '036', '360', '156'], view: 'world', labels: {'180': 'DR Congo'}},
    alt: 'World map with the Democratic Republic of the Congo, Chile, Australia, Indonesia and China highlighted',
    caption: 'Where the cobalt, lithium, nickel and their refining are concentrated.',
  },
  {
    slug: 'bhutan-youth-emigration',
    chart: {kind: 'oneIn', n: 9, marked: 'Living abroad'},
    alt: 'Pictogram of nine figures, one of them highlighted: one in nine Bhutanese aged 20 to 34 lives abroad',
    caption: 'One in nine young Bhutanese now lives abroad, most of them in Australia.',
  },
  {
    slug: 'drone-doctrine-small-states',
    map: {
      highlight: ['233', '428', '440'],
      view: [12, 52.5, 34, 61.5],
      context: ['643', '246', '752', '616'],
      places: {'643': [31, 56.5], '246': [25.5, 61.2], '752': [15, 58.8], '616': [19, 53.2]},
    },
    alt: 'Locator map of the Baltic Sea region with Estonia, Latvia and Lithuania highlighted',
    caption: 'The Baltic states have built drone units faster than almost any other NATO members.',
  },
  {
    slug: 'mekong-drought-diplomacy',
    map: {highlight: ['104', '418', '764', '116', '704'], view: [90, 7, 112, 27]},
    alt: 'Locator map of mainland Southeast Asia with Myanmar, Laos, Thailand, Cambodia and Vietnam highlighted',
    caption: 'The lower Mekong runs through five countries downstream of China’s dams.',
  },
  {
    slug: 'ai-election-campaigning',
    map: {
      highlight: ['356', '360', '586', '050', '410', '158', '608'],
      view: [62, -11, 132, 40],
      labels: {'410': 'S. Korea'},
    },
    alt: 'Map of South, Southeast and East Asia with India, Pakistan, Bangladesh, Indonesia, the Philippines, South Korea and Taiwan highlighted',
    caption: 'Asian democracies that have written rules for AI in election campaigns since 2023.',
  },
  {
    slug: 'rupee-trade-settlement',
    chart: {kind: 'share', percent: 2.1, part: 'Invoiced in rupees', rest: 'Other currencies'},
    alt: 'Grid of one hundred squares with two filled: about 2 per cent of India’s goods trade is invoiced in rupees',
    caption: 'Rupee invoicing is growing, but from a small base.',
  },
  {
    slug: 'arctic-subsea-cables',
    map: {highlight: ['578', '352', '304', '246'], view: 'arctic', offsets: {'578': [-60, 0]}},
    alt: 'Polar map of the North Atlantic Arctic with Norway, Iceland, Greenland and Finland highlighted',
    caption: 'The Arctic states through whose waters new cable routes are planned.',
  },
  {
    slug: 'bhutan-hydropower-bargain',
    chart: {kind: 'share', percent: 68, part: 'June to October', rest: 'The other seven months'},
    alt: 'Grid of one hundred squares with sixty-eight filled: 68 per cent of Bhutan’s hydropower comes in the five monsoon months',
    caption: 'Bhutan’s rivers deliver most of their power in five months of the year.',
  },
]

/** Each author's ground colour for the monogram. */
export const AUTHOR_COLOURS: Record<string, string> = {
  'karma-choden': '#2f6f73',
  'elena-marsh': '#3b4f7a',
  'david-okafor': '#8a4b2a',
  'ingrid-halvorsen': '#4f6b3a',
  'rahul-menon': '#6b3f6e',
}
