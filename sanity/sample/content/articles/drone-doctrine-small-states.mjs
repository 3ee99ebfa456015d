import {h2, h3, p, quote, stat} from '../../lib/portable-text.mjs'

export const quotes = [
  {
    id: 'quote-vaitkus-drone-units',
    quote:
      'Buying drones is easy. Building the units that can fly them, repair them and rethink them every few ' +
      'weeks is the hard part, and it is mostly about people.',
    speakerName: 'Colonel (retd.) Andrius Vaitkus',
    credentials: 'former armaments planner',
    affiliation: 'Baltic Defence Policy Forum',
  },
]

export default {
  slug: 'drone-doctrine-small-states',
  title: 'Cheap Drones, Small States: Rewriting Defence on a Budget',
  dek:
    'The war in Ukraine showed what inexpensive unmanned systems can do. For small militaries the lesson is ' +
    'tempting and risky in equal measure.',
  author: 'elena-marsh',
  topics: ['security-defence', 'technology'],
  publishedAt: '2025-12-02T08:00:00Z',
  related: ['arctic-subsea-cables', 'critical-minerals-clubs'],
  body: [
    p(
      `For most of the past century, the military power of a state was roughly proportional to what it could afford to buy: tanks, fighter jets, warships. The war in Ukraine has complicated that equation. Small, cheap unmanned aircraft, many assembled from commercial parts, have destroyed armoured vehicles worth thousands of times their cost, and have made the battlefield transparent to anyone with a camera in the sky.`,
    ),

    h2(`The arithmetic of attrition`),
    p(
      `For a small state with a limited budget the appeal is obvious. A defence ministry that could never afford a squadron of modern fighters can buy tens of thousands of drones, train conscripts to fly them in weeks, and impose real costs on a larger invader. Several states on NATO’s eastern flank have begun to do exactly that, alongside Taiwan, which has made domestic drone production a pillar of its defence planning.`,
    ),
    stat({
      value: 'Under $1,000',
      claim: 'Typical unit cost of a first-person-view attack drone assembled from commercial components',
      sourceName: 'Baltic Defence Policy Forum',
      sourceUrl: 'https://baltic-defence-forum.example/reports/uncrewed-systems-2025',
      dataDate: '2025-09-30',
    }),
    p(
      `But cheapness is a property of each drone, not of the capability. Drones are consumed at astonishing rates, and the side that keeps flying is the one that can keep producing, adapting and training. A stockpile bought in peacetime will be obsolete within months of a war beginning.`,
    ),

    h2(`Doctrine before hardware`),
    p(
      `The militaries that have used drones best have treated them as a system rather than a purchase: small units that design, modify and fly their own aircraft, workshops close to the front, and a feedback loop from operators to engineers measured in days.`,
    ),
    quote('quote-vaitkus-drone-units'),
    h3(`The electronic battle`),
    p(
      `Every drone depends on a link, and every link can be jammed. Much of the innovation in Ukraine has been a race between jamming and counter-jamming, from frequency-hopping radios to fibre-optic control cables and autonomous terminal guidance. A small state that buys drones without investing in electronic warfare, and in the engineers who understand it, is buying equipment that may not fly on the first day of a war.`,
    ),
    h3(`An industrial base`),
    p(
      `The deeper requirement is industrial. Motors, batteries, cameras and flight controllers are mostly made in China, which creates a supply risk that several European governments are now trying to reduce through local production. For a small economy the realistic goal is not self-sufficiency but assured access: stockpiles of components, agreements with trusted suppliers, and the ability to assemble at scale.`,
    ),

    h2(`Lessons for mountain states`),
    p(
      `The lessons do not transfer everywhere. At high altitude the thin air reduces lift and cold drains batteries, and the Himalayan states that watch these developments closely face terrain where small quadcopters struggle. There, fixed-wing surveillance drones and the networks that share what they see may matter more than attack drones. The common lesson is organisational rather than technological: the advantage goes to the military that learns fastest, and that is a contest small states can win.`,
    ),
  ],
}
