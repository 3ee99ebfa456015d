import {debate, h2, h3, p, stat} from '../../lib/portable-text.mjs'

export default {
  slug: 'mekong-drought-diplomacy',
  title: 'Drought Diplomacy on the Mekong',
  dek:
    'Upstream dams, downstream farmers and a data-sharing deal that is only as good as the data shared: how a ' +
    'drying river is reshaping the politics of mainland South-East Asia.',
  author: 'ingrid-halvorsen',
  topics: ['climate-energy', 'geopolitics'],
  publishedAt: '2025-11-26T04:00:00Z',
  body: [
    p(
      `The Mekong feeds more people than almost any other river on earth. Its annual flood pulse sustains the fisheries of Cambodia’s Tonle Sap lake and the rice paddies of Vietnam’s delta. In recent dry seasons, however, the pulse has faltered: water levels have fallen to record lows, the river has turned an unnatural clear blue where sediment no longer reaches it, and the question of who is responsible has become a matter of diplomacy as much as hydrology.`,
    ),

    h2(`Data as a diplomatic currency`),
    p(
      `More than a dozen large dams now operate on the river’s upper reaches in China, and more on its tributaries in Laos. Dams do not consume water, but they change when it arrives: they store wet-season flows and release them in the dry season, which can help downstream users, or hold them back during a drought, which can hurt them. Knowing which is happening requires data, and for years that data was not shared.`,
    ),
    p(
      `Since 2020 China has provided year-round water-level data from two upstream stations to the Mekong River Commission, the body through which Cambodia, Laos, Thailand and Vietnam manage the lower basin. It was a real concession. Downstream officials say it is also an incomplete one: data from two stations says little about how a cascade of reservoirs is being operated, and the release schedules that would let farmers plan are still not routinely published.`,
    ),
    stat({
      value: '−23%',
      claim: 'Average dry-season flow at the Kratie gauge in Cambodia in 2024–25, relative to the 1960–2010 baseline',
      sourceName: 'Lower Mekong Hydrology Network',
      sourceUrl: 'https://lower-mekong-hydrology.example/kratie/2025',
      dataDate: '2025-05-31',
    }),

    h2(`Farmers downstream`),
    p(
      `In Vietnam’s Mekong Delta the consequences are felt as salt. When freshwater flows drop, seawater pushes further inland along the river’s distributaries, damaging rice crops and fruit orchards and forcing towns to truck in drinking water. Delta provinces have responded with sluice gates, reservoirs and a gradual shift from rice to shrimp and salt-tolerant crops. Each adaptation is sensible on its own; together they amount to a slow retreat from the farming system that made the delta one of the world’s great rice bowls.`,
    ),
    h3(`Sand and sediment`),
    p(
      `Water is only half the story. The dams trap sediment that once built up the delta, and industrial sand mining along the lower river removes much of what remains. The delta is sinking and eroding at the same time, which makes salinity worse in every dry season. Unlike flow, this damage is cumulative and largely irreversible on any time scale that matters to today’s farmers.`,
    ),

    h2(`A regional bargain?`),
    p(
      `Two institutions now compete to manage the river: the Mekong River Commission, which excludes China as a full member, and the Beijing-led Lancang-Mekong Cooperation framework, which includes all six riparian states and comes with development finance. Downstream governments use both, and neither has yet produced binding commitments on reservoir operations during droughts.`,
    ),
    debate({
      prompt:
        'A shared river makes every state in the basin both upstream and downstream of someone’s decisions, ' +
        'whether they concern dams, sand or irrigation.',
      questions: [
        'Should downstream states press for binding rules on reservoir releases during droughts, even at the cost of Chinese development finance?',
        'Is sediment loss a stronger basis for basin-wide cooperation than water flow, because every country contributes to it?',
        'What would it take for the Mekong River Commission and the Lancang-Mekong framework to complement rather than compete with each other?',
      ],
    }),
    p(
      `The river will not wait for the institutions to settle their differences. The coming dry season will test whether data sharing can turn into coordinated operation, or whether each drought will again be met with statements rather than releases.`,
    ),
  ],
}
