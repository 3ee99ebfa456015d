import {debate, h2, h3, p, quote} from '../../lib/portable-text.mjs'

export const quotes = [
  {
    id: 'quote-bello-minerals-clubs',
    quote:
      'Every club needs members who own the rocks. So far the rules have been written by countries that ' +
      'mostly own the factories.',
    speakerName: 'Dr. Amina Bello',
    credentials: 'trade economist specialising in commodity markets',
    affiliation: 'Lagos Institute for Trade Policy',
  },
]

export default {
  slug: 'critical-minerals-clubs',
  title: 'Critical Minerals Clubs and the Countries Left Outside',
  dek:
    'Rich economies are forming partnerships to secure lithium, cobalt and rare earths away from China. ' +
    'The producing countries want more than a seat at the mine gate.',
  author: 'david-okafor',
  topics: ['economy', 'geopolitics', 'technology'],
  publishedAt: '2025-12-12T07:45:00Z',
  body: [
    p(
      `Batteries, wind turbines, fighter jets and smartphones all depend on a short list of minerals whose supply chains run, to a striking degree, through China. Beijing refines most of the world’s rare earths, graphite and cobalt, and in recent years it has shown that it is willing to restrict exports of gallium, germanium and other materials when trade tensions rise. For the United States, Europe, Japan and their partners, diversifying these supply chains has become a matter of national security.`,
    ),

    h2(`The club model`),
    p(
      `The response has been a proliferation of clubs: the US-led Minerals Security Partnership, bilateral critical-minerals agreements, and proposals for a buyers’ alliance that would set price floors or standards to make non-Chinese supply competitive. The logic is that no single consumer can afford to underwrite new mines and refineries, but a group of them, coordinating offtake agreements and finance, might.`,
    ),
    p(
      `The clubs have made progress on paper. Investment commitments have been announced in Australia, Canada, Africa and Latin America. But the price of lithium and nickel fell sharply after 2022, which made many new projects uneconomic, and Chinese producers, with scale and state backing, have kept prices low enough to deter competitors.`,
    ),

    h2(`The view from the mine`),
    p(
      `For producing countries such as the Democratic Republic of Congo, Indonesia, Chile and Zimbabwe, the question is not who buys their minerals but who captures the value. Indonesia’s ban on exports of raw nickel ore, which forced investors to build smelters at home, is the model many admire, even though most of that investment came from Chinese firms.`,
    ),
    quote('quote-bello-minerals-clubs'),
    h3(`Processing is the prize`),
    p(
      `The bargain producers want is clear: processing and refining at home, jobs and technology transfer, and long-term contracts that survive a price crash. Consumer clubs have been reluctant to offer it, partly because processing in producing countries is often more expensive and partly because environmental and labour standards are harder to guarantee. The result is a mismatch: consumers want secure supply at low cost, producers want industrialisation, and China has often been quicker to offer the second.`,
    ),

    h2(`Fault lines`),
    p(
      `The clubs face a deeper tension. Their stated aim is to reduce dependence on a single supplier, but many of the mines and refineries they hope to support are partly owned by Chinese companies, and excluding them would slow diversification rather than speed it up. Meanwhile, producing countries are forming their own groupings and coordinating export policies, a development that consumer governments watch warily.`,
    ),
    debate({
      prompt:
        'The race for critical minerals is being framed as a contest between blocs, but the minerals sit in countries that belong to neither.',
      questions: [
        'Should consumer clubs accept higher costs in exchange for processing in producing countries?',
        'Are export bans on raw ores a legitimate development tool, or a form of protectionism that will backfire?',
      ],
    }),
  ],
}
