import {debate, h2, h3, p, stat} from '../../lib/portable-text.mjs'

export default {
  slug: 'rupee-trade-settlement',
  title: 'The Quiet Spread of Rupee Trade Settlement',
  dek:
    'India wants more of its trade invoiced in its own currency. Progress has been real but narrow, and the ' +
    'obstacles say as much about capital controls as about the dollar.',
  author: 'david-okafor',
  topics: ['economy', 'geopolitics'],
  publishedAt: '2025-11-14T07:00:00Z',
  body: [
    p(
      `In July 2022 the [Reserve Bank of India](https://www.rbi.org.in/) allowed exporters and importers to settle cross-border trade in rupees through special “vostro” accounts that foreign banks hold with Indian lenders. The change was technical, but the ambition behind it was not: to reduce India’s dependence on the dollar for trade, to cushion the economy against currency shocks, and to give the rupee a modest international role to match the country’s growing weight in the world economy.`,
    ),

    h2(`What has changed`),
    p(
      `Three years on, dozens of foreign banks have opened such accounts and a growing number of Indian exporters invoice at least some of their sales in rupees. Most of that business is with close neighbours and with a handful of partners that had their own reasons to avoid the dollar. Measured against India’s total trade, the shift remains small.`,
    ),
    stat({
      value: '2.1%',
      claim: 'Estimated share of India’s goods trade invoiced in rupees in the 2024–25 financial year',
      sourceName: 'Meridian Review data desk, from bank and customs disclosures',
      dataDate: '2025-03-31',
    }),
    p(
      `That is not failure. Currency habits change slowly because invoicing in dollars is cheap, hedging markets are deep and everyone else is doing it. The rupee does not need to displace the dollar to be useful; it needs only to be a reliable option when the dollar is expensive or politically awkward.`,
    ),

    h2(`The obstacles`),
    p(
      `The hardest problem is symmetry. A partner that sells more to India than it buys accumulates rupees, and a rupee balance is only attractive if it can be spent or invested easily. India’s capital account is still managed tightly, and the menu of rupee assets open to foreigners, chiefly government bonds, is narrower than for the major reserve currencies. The experience of Russian oil exporters, who in 2023 complained publicly about rupee balances they could not put to use, is the cautionary tale that every prospective partner has heard.`,
    ),
    h3(`Neighbours first`),
    p(
      `The rupee’s natural zone is close to home. Bhutan’s ngultrum is pegged at par to it and the Nepalese rupee is tied to it at a fixed rate, so rupee settlement there is a matter of plumbing rather than policy. Sri Lanka, Bangladesh and the Maldives have explored rupee arrangements to ease pressure on their own dollar reserves. For these economies the attraction is practical: fewer conversions, lower costs, and less exposure to a currency over which none of them has any influence.`,
    ),

    h2(`What to watch`),
    p(
      `Two indicators matter more than announcements. The first is whether rupee invoicing spreads beyond trade with partners that had no other choice. The second is whether foreign holders of rupees start to keep them, in bonds or deposits, rather than converting them at the first opportunity. Both depend less on diplomacy than on the depth and openness of India’s own financial markets.`,
    ),
    debate({
      prompt:
        'Currency internationalisation has usually been a by-product of deep, open financial markets rather than a ' +
        'policy goal pursued for its own sake.',
      questions: [
        'Should India loosen capital controls to make the rupee more attractive to hold, even at the cost of more volatile flows?',
        'Is regional rupee settlement a step towards a multipolar monetary system, or a niche arrangement that will stay confined to India’s neighbours?',
      ],
    }),
  ],
}
