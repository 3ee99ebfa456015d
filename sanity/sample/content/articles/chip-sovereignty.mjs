import {h2, h3, p, stat} from '../../lib/portable-text.mjs'

export default {
  slug: 'chip-sovereignty',
  title: 'Chip Sovereignty Is an Expensive Promise',
  dek:
    'From Washington to Brussels to New Delhi, governments are paying to bring semiconductor factories home. ' +
    'The subsidies are the easy part.',
  author: 'rahul-menon',
  topics: ['technology', 'economy'],
  publishedAt: '2026-01-03T08:00:00Z',
  body: [
    p(
      `Few industries have been as thoroughly globalised as semiconductors. A single chip may be designed in California, made with Dutch lithography machines and Japanese chemicals in a Taiwanese fab, and packaged and tested in Malaysia before it reaches an assembly line in China. For decades that division of labour made chips cheaper and better. Since the pandemic shortages and the rise of US-China technology competition, governments have come to see it as a vulnerability.`,
    ),

    h2(`The subsidy race`),
    p(
      `The United States moved first and largest. The CHIPS and Science Act of 2022 set aside tens of billions of dollars for manufacturing incentives, research and training, and drew pledges of new fabs from the world’s leading chipmakers. The European Union followed with the [European Chips Act](https://digital-strategy.ec.europa.eu/en/policies/european-chips-act), which aims to double Europe’s share of global production by 2030. Japan, South Korea and India have launched programmes of their own, with India offering to cover half the cost of approved fabs and packaging plants.`,
    ),
    stat({
      value: '$52.7bn',
      claim:
        'Funding appropriated by the US CHIPS and Science Act for semiconductor manufacturing incentives, research and workforce programmes',
      sourceName: 'US Congress, CHIPS and Science Act (Public Law 117-167)',
      sourceUrl: 'https://www.congress.gov/bill/117th-congress/house-bill/4346',
      dataDate: '2022-08-09',
    }),

    h2(`What money cannot buy quickly`),
    p(
      `Building a leading-edge fab takes years and costs tens of billions of dollars, but the harder constraints are not financial. Several projects announced with fanfare have been delayed by shortages of skilled technicians, permitting disputes and weak demand from customers unwilling to pay a premium for locally made chips.`,
    ),
    h3(`People`),
    p(
      `A modern fab needs thousands of engineers and technicians, many with experience that can only be gained inside another fab. Countries rebuilding an industry they lost, or building one they never had, are competing for the same small pool, and training a new generation takes longer than building the cleanroom.`,
    ),
    h3(`Ecosystems`),
    p(
      `Fabs also depend on suppliers of gases, chemicals, equipment maintenance and packaging that cluster around existing production centres. A fab in a new location must either bring that ecosystem with it or ship supplies from afar, adding cost and fragility. This is why the most successful projects have been expansions near existing clusters rather than greenfield sites.`,
    ),

    h2(`A more modest definition of sovereignty`),
    p(
      `No country, not even the United States, will produce every type of chip it needs at home. A more realistic goal is resilience: enough domestic and allied capacity in the most critical segments to survive a disruption, diversified suppliers for the rest, and stockpiles for the components that matter most to defence and infrastructure. That goal is cheaper, and it is more honest about what subsidies can achieve. The risk is that a subsidy race framed as a quest for sovereignty ends instead with excess capacity in some segments, persistent dependence in others, and bills that taxpayers will still be paying long after the political moment has passed.`,
    ),
  ],
}
