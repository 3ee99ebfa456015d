// The edition's long read: enough H2 sections for the article page's table of contents.
import {debate, h2, h3, p, quote, stat} from '../../lib/portable-text.mjs'

export const quotes = [
  {
    id: 'quote-tanabe-alliance-insurance',
    quote:
      'Allies used to buy insurance from Washington. Now they are also buying insurance against ' +
      'Washington, by building links that do not run through it. That is not disloyalty; it is prudence.',
    speakerName: 'Professor Hiroshi Tanabe',
    credentials: 'scholar of alliance politics',
    affiliation: 'Kansai Institute of International Affairs',
  },
  {
    id: 'quote-southeast-asian-diplomat',
    quote: 'We are not sitting on a fence. We are standing on our own ground and talking to everyone who comes to it.',
    anonymous: true,
    anonymousDescription: 'a senior South-East Asian diplomat',
    anonymityReason: 'not authorised to speak on the record',
  },
]

export default {
  slug: 'indo-pacific-order-long-read',
  title: 'After the Alliance Boom: Who Will Order the Indo-Pacific?',
  dek:
    'Quad summits, AUKUS submarines, new basing deals and China’s counter-offers have crowded the region ' +
    'with arrangements. A long read on what holds them together, and what might pull them apart.',
  author: 'karma-choden',
  topics: ['geopolitics', 'security-defence'],
  publishedAt: '2025-12-22T06:00:00Z',
  related: ['mekong-drought-diplomacy', 'rupee-trade-settlement', 'drone-doctrine-small-states'],
  seo: {
    title: 'Who Will Order the Indo-Pacific? A Long Read',
    description:
      'Alliances, minilaterals and China’s alternative architecture: what holds the Indo-Pacific order together, and what could pull it apart.',
  },
  body: [
    p(
      `Ten years ago “Indo-Pacific” was a term of art used by a handful of strategists in Canberra, Tokyo and New Delhi. Today it names a region crowded with security arrangements: a revived quadrilateral dialogue, a trilateral submarine pact, new basing agreements, coast-guard partnerships, and China’s own expanding roster of security agreements and development initiatives. Each arrangement was built for a reason. Taken together they have produced something nobody designed: a dense, overlapping and sometimes contradictory order that no single capital controls.`,
    ),
    p(
      `This essay asks what holds that order together, where its fault lines run, and what a more stable version might require. It draws on conversations with officials and scholars in six countries over the past year, and on the public record of a decade in which the region’s strategic map was redrawn faster than at any time since the end of the Cold War.`,
    ),

    h2(`A decade of arrangements`),
    p(
      `The clearest marker of change is the Quad. After a short-lived first attempt in 2007, the United States, Japan, India and Australia revived the grouping in 2017 and raised it to the level of leaders in 2021. It has no secretariat and no mutual-defence clause, and its agenda runs from vaccines and critical technologies to maritime domain awareness. Its significance lies less in what it does than in what it signals: that four large democracies with different threat perceptions see enough common ground to meet, regularly and at the highest level.`,
    ),
    p(
      `AUKUS, announced in September 2021, is a different kind of instrument. It commits Australia, the United Kingdom and the United States to a decades-long programme that will give Australia nuclear-powered submarines, and to cooperation on advanced capabilities such as undersea systems and hypersonic weapons. Where the Quad is broad and soft, AUKUS is narrow and hard. Around these two sits a thicket of smaller arrangements: trilateral dialogues linking Washington with Tokyo and Seoul, and with Tokyo and Manila; expanded American access to Philippine military sites; and Japanese reciprocal access agreements with Australia, the United Kingdom and the Philippines.`,
    ),
    stat({
      value: '9',
      claim:
        'Philippine military sites open to US forces under the Enhanced Defense Cooperation Agreement after its 2023 expansion',
      sourceName: 'Philippine Department of National Defense',
      dataDate: '2023-04-03',
    }),
    p(
      `Beijing reads this web as containment by another name. Washington and its partners describe it as a “latticework” that reinforces a rules-based order. Both descriptions are partly true, and the gap between them is where most of the region’s risk now lies.`,
    ),

    h2(`The United States: commitment and its doubts`),
    p(
      `American power remains the load-bearing wall. The United States has treaty alliances with Japan, South Korea, Australia, the Philippines and Thailand, forces deployed forward along the first island chain, and a navy that is still the only one able to operate at scale across the whole region. No other arrangement in the Indo-Pacific would survive in its current form if that presence were withdrawn.`,
    ),
    p(
      `Yet the question asked most often in regional capitals is not about American capability but about American attention and consistency. Tariff disputes with allies, pressure on partners to spend more on defence, and domestic debates about the cost of overseas commitments have all fed a suspicion that Washington’s engagement depends on the administration of the day. Allies have responded by hedging in a particular way: investing more in their own defences and in ties with one another, so that the network would not collapse if its centre wobbled.`,
    ),
    quote('quote-tanabe-alliance-insurance'),
    h3(`Burden-sharing by other means`),
    p(
      `Japan’s decision in 2022 to raise defence spending towards 2% of GDP, and to acquire the ability to strike targets at long range, marked the sharpest change in its security policy in decades. Australia is spending heavily on submarines, missiles and northern bases. South Korea has become a major arms exporter. Each of these moves responds to regional threats, but each also reduces the damage a less attentive America could do. The result is an order that is becoming less hub-and-spoke and more like a web, which is more resilient but also harder to steer.`,
    ),

    h2(`China’s alternative architecture`),
    p(
      `China does not build alliances in the American sense; its only formal treaty ally is North Korea. Instead it has offered the region a different architecture: economic interdependence through trade and the Belt and Road Initiative; security cooperation through arrangements such as its 2022 agreement with Solomon Islands; and a set of global initiatives on development, security and civilisation that present Beijing as a defender of sovereignty against bloc politics.`,
    ),
    p(
      `The offer has real appeal. For most governments in the region China is the largest trading partner and an important source of infrastructure finance. Its argument that security should not be pursued at the expense of others’ security resonates in capitals wary of being asked to choose. But the appeal is limited by China’s own conduct: confrontations at sea, pressure on Taiwan, and the border crisis with India that turned deadly in the Galwan valley in 2020. Each incident reminds neighbours that economic partnership and territorial assertiveness come from the same government.`,
    ),
    h3(`The maritime test`),
    p(
      `The South China Sea is where China’s two faces meet most visibly. Coast-guard vessels have used water cannon and dangerous manoeuvres against Philippine resupply missions, and militarised artificial islands overlook some of the world’s busiest shipping lanes. In 2016 an arbitral tribunal constituted under the UN Convention on the Law of the Sea, with the [Permanent Court of Arbitration](https://pca-cpa.org/) acting as registry, rejected the legal basis for China’s expansive claims. Beijing rejected the ruling. Nearly a decade later the award remains the clearest statement of the law and the clearest example of its limits.`,
    ),

    h2(`India’s multi-alignment`),
    p(
      `India is the most important country in the region whose choices are still genuinely open. It is a Quad member that refuses to call the Quad an alliance; a buyer of Russian oil and arms that is deepening defence-industrial ties with the United States and France; a member of the Shanghai Cooperation Organisation and BRICS that has declined to join the Belt and Road. New Delhi calls this strategic autonomy or multi-alignment. Critics call it fence-sitting. It is better understood as a bet that India’s weight will keep growing, so that every option kept open today will be worth more tomorrow.`,
    ),
    p(
      `The Himalayan border shapes that bet more than any maritime theatre. Since 2020 tens of thousands of troops have been deployed on both sides of the Line of Actual Control, and although the two sides have disengaged at several friction points, the deployments have not been reversed. That reality makes India more willing to cooperate with the United States and its partners on intelligence and technology, and more cautious about anything that could draw it into a conflict on someone else’s timetable.`,
    ),
    stat({
      value: '3,488 km',
      claim: 'Length of the India-China border as reckoned by the Government of India',
      sourceName: 'Ministry of Home Affairs, Government of India',
      sourceUrl: 'https://www.mha.gov.in/',
    }),

    h2(`The small states’ dilemma`),
    p(
      `For the region’s smaller states the proliferation of arrangements is both an opportunity and a trap. More suitors mean more bargaining power, more finance and more options when one partner becomes overbearing. They also mean more pressure to choose, more scrutiny of every agreement, and the risk of being treated as a venue for other people’s rivalry. The Association of Southeast Asian Nations, whose “centrality” every outside power professes to respect, has struggled to turn that respect into influence over the arrangements that now surround it.`,
    ),
    h3(`Hedging as strategy`),
    p(
      `The most skilful hedgers treat ambiguity as a policy rather than a failure to have one. Vietnam raised its relationship with the United States to its highest diplomatic tier in September 2023 and hosted China’s leader three months later. Indonesia guards its “free and active” foreign policy while buying arms from several suppliers. Singapore hosts American naval logistics and maintains close economic ties with China.`,
    ),
    quote('quote-southeast-asian-diplomat'),
    h3(`The Himalayan front`),
    p(
      `For Nepal and Bhutan, wedged between the two largest countries in Asia, hedging is less a choice than a condition. Bhutan’s boundary talks with China, the 2017 standoff on the Doklam plateau and the growing density of infrastructure on both sides of the Himalaya have turned a quiet frontier into a strategic one. The room for manoeuvre of such states depends on the restraint of their neighbours, and on outside partners that offer support without turning them into a front line.`,
    ),

    h2(`Economics under the security umbrella`),
    p(
      `Trade has followed a different logic from security. The Regional Comprehensive Economic Partnership, in force since 2022, binds China, Japan, South Korea, Australia, New Zealand and the ASEAN members into the world’s largest trade agreement by population; India withdrew from the negotiations in 2019. The Comprehensive and Progressive Agreement for Trans-Pacific Partnership, which the United States left before it took effect, has admitted the United Kingdom and is weighing applications from both China and Taiwan. The US-led Indo-Pacific Economic Framework offers cooperation on supply chains and clean energy but no tariff cuts.`,
    ),
    p(
      `The result is a region in which security and economic geographies no longer match. Companies diversify production away from China, often to Vietnam, India or Mexico, yet the inputs for those new factories frequently still come from China. Governments court investment from both sides while restricting it in sectors labelled sensitive, a category that grows every year. The economic order is not collapsing, but it is fragmenting along lines that follow security concerns.`,
    ),

    h2(`Flashpoints and firebreaks`),
    p(
      `Four flashpoints could turn competition into conflict: the Taiwan Strait, the South China Sea, the Korean peninsula and the Himalayan border. Each has its own dynamics, but they share a feature: the military forces of rival powers operate close to one another every day, and the mechanisms to manage incidents are weaker than the forces themselves.`,
    ),
    p(
      `The firebreaks that exist are modest. The Code for Unplanned Encounters at Sea, agreed by Pacific navies in 2014, sets out rules of the road for warships. Military-to-military communication between the United States and China, suspended in 2022, was partially restored after the leaders met in November 2023. India and China maintain a series of border mechanisms and corps commander talks. These channels are valuable precisely because they are boring; the danger is that they are the first casualty of any political crisis.`,
    ),

    h2(`What would a stable order require?`),
    p(
      `Three conditions seem necessary, and none is currently assured. The first is predictability from Washington: commitments that survive changes of administration, and economic policies that do not treat allies as competitors. The second is restraint from Beijing: a willingness to pursue its interests through negotiation rather than faits accomplis at sea and on land. The third is a real voice for the middle: the states of South-East Asia, South Asia and the Pacific, whose territory, waters and economies are where the competition plays out.`,
    ),
    p(
      `None of this requires a grand bargain, which is neither likely nor necessary. It requires habits: the dull, repeated practice of talking before acting, of consulting those affected, and of keeping crisis channels open when politics makes them inconvenient. The region’s arrangements grew quickly because each answered an immediate worry. Whether they cohere into an order will depend on whether their members can agree on something slower: the rules under which they compete.`,
    ),
    debate({
      prompt: 'The Indo-Pacific order is being assembled piece by piece, with no blueprint and no single architect.',
      questions: [
        'Can a network of overlapping minilateral groupings deliver stability, or does it simply multiply the lines along which a crisis can spread?',
        'What would it take for China to see regional security arrangements as something other than containment?',
        'Should small states welcome the competition for their favour, or fear the pressure that comes with it?',
      ],
    }),
    p(
      `We will return to these questions through the coming year, as summits, exercises and elections test the arrangements described here.`,
    ),
  ],
}
