import {h2, h3, p, quote} from '../../lib/portable-text.mjs'

export const quotes = [
  {
    id: 'quote-raghunathan-labels',
    quote:
      'Labels are the least a regulator can ask for, and the most most regulators can enforce. The harder ' +
      'problem is the clip that appears forty-eight hours before polling and spreads on encrypted apps.',
    speakerName: 'Meera Raghunathan',
    credentials: 'election-integrity researcher',
    affiliation: 'Asia Democracy Lab',
  },
  {
    id: 'quote-election-commission-official',
    quote:
      'We can order a takedown in hours. By then the video has already done its work, and the person who ' +
      'made it is usually outside our jurisdiction.',
    anonymous: true,
    anonymousDescription: 'an official at a South-East Asian election commission',
    anonymityReason: 'not authorised to speak to the media',
  },
]

export default {
  slug: 'ai-election-campaigning',
  title: 'Asia’s Election Regulators Are Writing the Rulebook for AI Campaigns',
  dek:
    'From cloned voices to synthetic rallies, generative tools have moved into campaigning faster than ' +
    'electoral law. Regulators are trying disclosure first, and finding its limits.',
  author: 'rahul-menon',
  topics: ['technology', 'society-governance'],
  publishedAt: '2025-11-20T10:00:00Z',
  updatedAt: '2025-11-22T08:15:00Z',
  correction:
    'An earlier version of this article said the Asia Democracy Lab surveyed eleven election commissions. ' +
    'It surveyed nine.',
  body: [
    p(
      `When hundreds of millions of voters across Asia went to the polls in 2024, generative AI had its first large-scale outing in campaigning. Parties used cloned voices to send personalised messages in dozens of languages, revived long-dead leaders in video endorsements, and produced campaign songs and posters at a pace no design team could match. Alongside the sanctioned uses came a steady trickle of fabricated clips, most of them crude, some of them convincing, many of them released in the final days before polling.`,
    ),

    h2(`Disclosure before prohibition`),
    p(
      `A survey of nine election commissions across the region by the Asia Democracy Lab found that most had responded with guidance rather than binding rules. The common denominator is disclosure: synthetic content used by candidates and parties must be labelled, and deceptive material depicting real people must be removed once it is reported. Only a few commissions have tried to ban particular uses outright, and those bans have proved hard to define.`,
    ),
    quote('quote-raghunathan-labels'),
    h3(`Platforms as gatekeepers`),
    p(
      `In practice, much of the enforcement falls to the platforms. Commissions send notices, platforms decide how quickly to act, and the speed of that exchange varies enormously by company and by language. Content moderation in widely spoken languages has improved; in smaller languages, and on messaging apps where content is encrypted end to end, it remains thin. Regulators are increasingly asking platforms for election-period commitments on response times, and for transparency reports that show whether they were met.`,
    ),

    h2(`The enforcement gap`),
    p(
      `The weakest point in every system is time. Electoral law is built around campaign silence periods, spending returns and complaints procedures that take days or weeks. A fabricated clip can reach millions of people in hours.`,
    ),
    quote('quote-election-commission-official'),
    h3(`What would help`),
    p(
      `Researchers and officials suggest a few measures that could narrow the gap without handing governments a licence to police political speech. Provenance standards that let cameras and editing tools sign authentic media would make it easier to show that a clip is real, which is often more useful than proving that another is fake. Rapid-response arrangements between commissions, fact-checkers and platforms, agreed before the campaign rather than improvised during it, would shorten the time to a correction. And clear liability for candidates who knowingly distribute deceptive synthetic media would put the burden where it belongs.`,
    ),
    p(
      `None of these measures will stop a determined actor with a laptop. The more modest goal, and probably the right one, is to keep synthetic media from changing the outcome of a close race in its final forty-eight hours. That is a narrow target, but it is one that regulators can plausibly hit.`,
    ),
  ],
}
