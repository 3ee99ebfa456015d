// The first article of the edition, modelled from ../../../../shared/seeds/druk-nato-nexus.txt.
// Paragraphs are the seed's text verbatim; quoted sentences moved into expertQuote documents are
// removed from the paragraph they stood in, and the quote block follows that paragraph.
import {debate, h2, p, quote, stat} from '../../lib/portable-text.mjs'

const wangdi = {
  speakerName: 'Dr. Sonam Topchen Wangdi',
  credentials: 'geopolitical analyst specializing in Himalayan security',
  affiliation: 'University of Delhi',
}

export const quotes = [
  {
    id: 'quote-wangdi-treaty-orbit',
    quote:
      'The Treaty of Friendship, while incredibly valuable to Bhutan, inherently placed the country ' +
      'within India’s strategic orbit. This situation has now become increasingly precarious.',
    ...wangdi,
  },
  {
    id: 'quote-wangdi-careful-diplomacy',
    quote:
      'The long-term stability of this arrangement hinges on careful diplomacy and a commitment to ' +
      'avoiding any actions that could be perceived as provocative.',
    ...wangdi,
  },
  {
    id: 'quote-nato-secretariat-official',
    quote:
      'NATO recognizes Bhutan’s unique geographic position and its importance as a critical element in ' +
      'a broader Indo-Pacific security architecture. This is not an expansionist initiative; it is a ' +
      'targeted effort to address specific security challenges.',
    anonymous: true,
    anonymousDescription: 'a senior official within the NATO Secretariat',
    anonymityReason: 'speaking on condition of anonymity',
  },
]

export default {
  slug: 'druk-nato-nexus',
  title: 'The Druk-NATO Nexus: Assessing Strategic Realignment in the Himalayas',
  dek:
    'As Thimphu weighs NATO offers of training and intelligence support, a half-century security ' +
    'compact with India is being tested by Chinese pressure on Bhutan’s northern border.',
  author: 'karma-choden',
  topics: ['geopolitics', 'security-defence'],
  publishedAt: '2026-01-10T07:30:00Z',
  body: [
    p(
      `The persistent rumble of artillery drills near the Sino-Bhutanese border, coupled with a recent shift in defense cooperation proposals, presents a critical juncture in the geopolitical landscape of the Himalayas. The evolving relationship between the Kingdom of Bhutan and the North Atlantic Treaty Organization (NATO) demands immediate scrutiny, potentially reshaping alliances and challenging long-held strategic assumptions regarding regional security. This realignment underscores the vulnerability of smaller nations within a rapidly shifting global power dynamic and highlights the escalating competition for influence in the Indo-Pacific.`,
    ),
    p(
      `The current situation stems from a confluence of factors. Decades of Bhutan’s strategic alignment with India, rooted in the 1972 Treaty of Friendship, have been fundamentally altered by Beijing’s increasingly assertive posture and evolving geopolitical calculations. Simultaneously, NATO’s expansionist security architecture, driven by concerns over Russian aggression and a broader re-evaluation of its operational mandate, has created a space for nations like Bhutan to reconsider their defense partnerships. Recent data from the International Institute for Strategic Studies (IISS) reveals a 37% increase in military exercises conducted by NATO forces in the Indo-Pacific region over the past five years, demonstrating a tangible shift in focus. The escalating tensions along the Line of Actual Control (LAC) between India and China have further amplified Bhutan’s vulnerability and spurred a reassessment of its security posture.`,
    ),
    stat({
      value: '37%',
      claim:
        'Increase in military exercises conducted by NATO forces in the Indo-Pacific region over the past five years',
      sourceName: 'International Institute for Strategic Studies (IISS)',
      sourceUrl: 'https://www.iiss.org/',
      dataDate: '2025-12-01',
    }),

    h2(`Historical Context: A Legacy of Symbiosis and Security`),
    p(
      `Bhutan’s relationship with India has been characterized by a symbiotic security arrangement since 1972. India provides security guarantees, including military assistance and training, while Bhutan serves as a crucial strategic buffer between India and China. This arrangement, however, has been viewed by some within Bhutan as limiting its autonomy and potentially hindering its ability to independently navigate regional dynamics. Historically, Bhutan's strategic importance lies in its mountainous terrain, a natural barrier and a critical component of India's Himalayan defense strategy. This has resulted in significant Indian military presence and training support, solidifying a longstanding security interdependence. Prior diplomatic incidents, such as the 1998 standoff prompted by a Chinese patrol near the border, reinforced the need for India’s support.`,
    ),
    p(
      `Prior to the 1972 treaty, Bhutan, under the Shabduk Dynasty, maintained a degree of neutrality, engaging with both India and Britain. The treaty fundamentally shifted this, establishing India as Bhutan’s sole external guarantor.`,
    ),
    quote('quote-wangdi-treaty-orbit'),

    h2(`The Emerging Druk-NATO Partnership`),
    p(
      `Over the past six months, there have been increasingly overt signals of a potential NATO engagement. Secret discussions, facilitated through trusted third-party channels (primarily involving Singaporean diplomats), have explored the possibility of NATO providing training, equipment, and potentially logistical support to Bhutan’s Royal Guard. Key to this development is Bhutan’s demonstrated willingness to diversify its security partnerships and its recognition of the growing need for enhanced defense capabilities. Data released by the Royal Bhutanese Army indicates a 22% increase in annual training budgets, largely focused on counter-terrorism and border security.`,
    ),
    stat({
      value: '22%',
      claim:
        'Increase in the Royal Bhutanese Army’s annual training budgets, largely focused on counter-terrorism and border security',
      sourceName: 'Royal Bhutanese Army',
      dataDate: '2025-12-15',
    }),
    p(
      `The initial proposals involve a phased approach, beginning with security assistance focused on bolstering Bhutan's capacity to monitor its remote border regions and respond to potential threats – particularly those emanating from China. Crucially, this includes access to NATO’s extensive intelligence networks and maritime domain awareness capabilities.`,
    ),
    quote('quote-nato-secretariat-official'),

    h2(`Stakeholder Dynamics & Motivations`),
    p(
      `Several key stakeholders are driving this realignment. India, understandably, views the Druk-NATO partnership with considerable apprehension, perceiving it as a potential weakening of its strategic influence in the Himalayas. While India maintains its treaty obligations to Bhutan, it’s evident that Beijing's actions have compelled a reassessment of its own security posture. China’s increasing military presence near the border, coupled with its diplomatic efforts to undermine Bhutan’s sovereignty claims, creates a compelling rationale for Bhutan to strengthen its defensive capabilities.`,
    ),
    p(
      `NATO’s motivations are equally complex. Beyond the security concerns, the alliance seeks to expand its operational reach into the Indo-Pacific, recognizing the region as a critical area of strategic competition. Bhutan represents a relatively low-risk entry point, offering access to a strategically important terrain while minimizing the potential for direct confrontation with China.`,
    ),

    h2(`Short-Term & Long-Term Projections`),
    p(
      `In the next six months, we can anticipate continued secret negotiations between Bhutan and NATO, with a gradual rollout of training programs and logistical support. India will likely intensify its diplomatic efforts to dissuade Bhutan from deepening its ties with the alliance, potentially leading to increased border patrols and heightened tensions. Looking ahead, over the next 5-10 years, the Druk-NATO nexus could solidify into a more formalized partnership, reshaping the balance of power in the Himalayas. The strategic value of Bhutan’s airspace and its position as a crucial intelligence gathering outpost will likely become increasingly attractive to NATO. However, this realignment carries significant risks, potentially escalating tensions with China and further straining relations with India.`,
    ),
    quote('quote-wangdi-careful-diplomacy'),

    // The seed's "Reflection & Debate" section: its heading is the block's title.
    debate({
      title: 'Reflection & Debate',
      prompt:
        'The evolution of the relationship between Bhutan and NATO offers a potent microcosm of the 21st-century ' +
        'geopolitical landscape: a small nation navigating immense strategic pressure, attempting to secure its ' +
        'future amidst a complex web of competing interests. It raises fundamental questions about the future of ' +
        'alliances, the changing nature of security, and the vulnerability of nations located in contested ' +
        'geopolitical zones.',
      questions: [
        'What long-term strategies should NATO employ to manage its increasing presence in the Indo-Pacific?',
        'How will India respond to this shifting security landscape, and what steps can be taken to mitigate the risk of escalation?',
      ],
    }),
    p(
      `The ‘Druk-NATO Nexus’ demands continued observation and critical analysis, fostering a wider debate about the future of regional security and the enduring principles of sovereignty and strategic alignment.`,
    ),
  ],
}
