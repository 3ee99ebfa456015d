// Reader comments, grouped by article. `id` becomes `comment-<id>`; `parent` names a comment on
// the same article. Approved counts give "Popular Articles" a clear order:
// druk-nato-nexus 7, indo-pacific-order-long-read 5, drone-doctrine-small-states 4,
// rupee-trade-settlement 3, bhutan-hydropower-bargain 2, chip-sovereignty 1.
// Each comment also gets its private half, `comment-contact.<id>` (address, e-mail hash, flags); only
// approved comments are published, the others are drafts (`drafts.comment-<id>`), as the site stores them.
// Commenters and their addresses are fictional (example.com, example.org, example.net).

export const comments = [
  // The Druk-NATO Nexus (published 2026-01-10T07:30Z)
  {
    id: 'druk-nato-nexus-01',
    article: 'druk-nato-nexus',
    name: 'Pema Wangmo',
    email: 'pema.wangmo@example.com',
    at: '2026-01-10T08:14:00Z',
    status: 'approved',
    body:
      'A useful overview, but I think it understates how much ordinary Bhutanese value the relationship with ' +
      'India. Diversifying partners is one thing; being seen to move away from Delhi is another.',
  },
  {
    id: 'druk-nato-nexus-02',
    article: 'druk-nato-nexus',
    parent: 'druk-nato-nexus-01',
    name: 'Arjun Mehta',
    email: 'arjun.mehta@example.org',
    at: '2026-01-10T09:02:00Z',
    status: 'approved',
    body:
      'Agreed. The treaty was revised in 2007 precisely to give Bhutan more room in foreign policy, and it has ' +
      'used that room carefully. Training support is not an alliance.',
  },
  {
    id: 'druk-nato-nexus-03',
    article: 'druk-nato-nexus',
    parent: 'druk-nato-nexus-02',
    name: 'Pema Wangmo',
    email: 'pema.wangmo@example.com',
    at: '2026-01-10T09:47:00Z',
    status: 'approved',
    body:
      'Exactly. The question is whether Beijing and Delhi will read it the same way. Perception is the whole ' +
      'game on a border like ours.',
  },
  {
    id: 'druk-nato-nexus-04',
    article: 'druk-nato-nexus',
    name: 'Thomas Becker',
    email: 't.becker@example.net',
    at: '2026-01-10T10:30:00Z',
    status: 'approved',
    body:
      'From a European perspective it is hard to imagine NATO members agreeing to any commitment this far ' +
      'from the North Atlantic. I would like to see more on which allies are actually pushing for this.',
  },
  {
    id: 'druk-nato-nexus-05',
    article: 'druk-nato-nexus',
    name: 'Li Wen',
    email: 'li.wen@example.com',
    at: '2026-01-10T11:05:00Z',
    status: 'approved',
    body:
      'The 37% figure for exercises needs context: from what baseline, and how many of those exercises were ' +
      'led by NATO as an alliance rather than by individual members?',
  },
  {
    id: 'druk-nato-nexus-06',
    article: 'druk-nato-nexus',
    parent: 'druk-nato-nexus-04',
    name: 'Sofia Rinaldi',
    email: 'sofia.rinaldi@example.org',
    at: '2026-01-10T12:40:00Z',
    status: 'approved',
    body:
      'NATO already has partnerships with Japan, South Korea, Australia and New Zealand. A training ' +
      'arrangement would fit that pattern without any Article 5 commitment.',
  },
  {
    id: 'druk-nato-nexus-07',
    article: 'druk-nato-nexus',
    name: 'Dorji Namgyel',
    email: 'dorji.namgyel@example.net',
    at: '2026-01-10T14:18:00Z',
    status: 'approved',
    body:
      'The debate questions are the right ones. I would add a third: what do the people living in the ' +
      'northern valleys want? They are the ones who will live with the consequences.',
  },
  {
    id: 'druk-nato-nexus-08',
    article: 'druk-nato-nexus',
    parent: 'druk-nato-nexus-05',
    name: 'R. Iyer',
    email: 'r.iyer@example.com',
    at: '2026-01-10T16:52:00Z',
    status: 'pending',
    flags: ['unverified'],
    body:
      'Good question about the baseline. Five years ago the number of such exercises was very low, so a ' +
      'percentage increase may exaggerate the shift.',
  },
  {
    id: 'druk-nato-nexus-09',
    article: 'druk-nato-nexus',
    name: 'anon',
    email: 'throwaway@example.net',
    at: '2026-01-10T18:03:00Z',
    moderatedAt: '2026-01-10T19:10:00Z',
    status: 'trash',
    body: 'first!!',
  },

  // After the Alliance Boom (published 2025-12-22T06:00Z)
  {
    id: 'indo-pacific-order-long-read-01',
    article: 'indo-pacific-order-long-read',
    name: 'Nguyen Thi Lan',
    email: 'lan.nguyen@example.com',
    at: '2025-12-22T09:10:00Z',
    status: 'approved',
    body:
      'The section on hedging is fair to Vietnam. Our policy is often described as indecision, when it is a ' +
      'deliberate choice made with our history in mind.',
  },
  {
    id: 'indo-pacific-order-long-read-02',
    article: 'indo-pacific-order-long-read',
    name: 'James Whitfield',
    email: 'j.whitfield@example.org',
    at: '2025-12-22T13:45:00Z',
    status: 'approved',
    body:
      'A thoughtful piece. I would push back slightly on the idea that a web is more resilient than hub and ' +
      'spoke: it is also easier for a crisis in one strand to pull on all the others.',
  },
  {
    id: 'indo-pacific-order-long-read-03',
    article: 'indo-pacific-order-long-read',
    parent: 'indo-pacific-order-long-read-01',
    name: 'Anika Sharma',
    email: 'anika.sharma@example.net',
    at: '2025-12-23T04:20:00Z',
    status: 'approved',
    body:
      'India’s multi-alignment gets the same criticism. Perhaps “hedging” is simply what middle powers call ' +
      'strategy when the great powers are watching.',
  },
  {
    id: 'indo-pacific-order-long-read-04',
    article: 'indo-pacific-order-long-read',
    name: 'Kenji Mori',
    email: 'kenji.mori@example.com',
    at: '2025-12-24T02:30:00Z',
    status: 'approved',
    body:
      'Professor Tanabe’s point about insurance against Washington is heard often in Tokyo these days, ' +
      'though rarely said so directly.',
  },
  {
    id: 'indo-pacific-order-long-read-05',
    article: 'indo-pacific-order-long-read',
    name: 'Grace Tan',
    email: 'grace.tan@example.org',
    at: '2025-12-27T07:55:00Z',
    status: 'approved',
    body:
      'Thank you for including the firebreaks section. The boring channels are the ones that get cut first, ' +
      'and the ones we miss most in a crisis.',
  },
  {
    id: 'indo-pacific-order-long-read-06',
    article: 'indo-pacific-order-long-read',
    name: 'Marcus Hale',
    email: 'marcus.hale@example.net',
    at: '2025-12-29T21:12:00Z',
    status: 'pending',
    flags: ['links'],
    body:
      'For a different view see https://counterpoint.example/indo-pacific and https://counterpoint.example/quad, ' +
      'which argue that the Quad has already peaked.',
  },

  // Cheap Drones, Small States (published 2025-12-02T08:00Z)
  {
    id: 'drone-doctrine-small-states-01',
    article: 'drone-doctrine-small-states',
    name: 'Mart Tamm',
    email: 'mart.tamm@example.com',
    at: '2025-12-02T10:25:00Z',
    status: 'approved',
    body:
      'The point about people rather than hardware is the one our reservists keep making. Training time is ' +
      'the real bottleneck.',
  },
  {
    id: 'drone-doctrine-small-states-02',
    article: 'drone-doctrine-small-states',
    parent: 'drone-doctrine-small-states-01',
    name: 'Elena Marsh',
    email: 'elena.marsh@meridianreview.example',
    at: '2025-12-02T14:00:00Z',
    status: 'approved',
    body:
      'Thank you. Several units I visited now rotate operators through the repair workshops for exactly that ' +
      'reason: people who fix the aircraft fly them better.',
  },
  {
    id: 'drone-doctrine-small-states-03',
    article: 'drone-doctrine-small-states',
    name: 'Tenzin Norbu',
    email: 'tenzin.norbu@example.org',
    at: '2025-12-03T03:40:00Z',
    status: 'approved',
    body:
      'Glad to see the altitude problem mentioned. Batteries lose a lot of capacity in the cold above 4,000 ' +
      'metres, and most commercial designs are not built for it.',
  },
  {
    id: 'drone-doctrine-small-states-04',
    article: 'drone-doctrine-small-states',
    name: 'Hannah Kowalski',
    email: 'h.kowalski@example.net',
    at: '2025-12-04T18:22:00Z',
    status: 'approved',
    body:
      'Would be interested in a follow-up on counter-drone defences. Cheap attack needs cheap defence, and ' +
      'missiles are not it.',
  },
  {
    id: 'drone-doctrine-small-states-05',
    article: 'drone-doctrine-small-states',
    name: 'Best Deals Online',
    email: 'promo@spam.example',
    at: '2025-12-05T01:13:00Z',
    moderatedAt: '2025-12-05T07:30:00Z',
    status: 'spam',
    flags: ['links'],
    body: 'Buy cheap drones now!!! https://deals.example/drones https://deals.example/offer',
  },

  // The Quiet Spread of Rupee Trade Settlement (published 2025-11-14T07:00Z)
  {
    id: 'rupee-trade-settlement-01',
    article: 'rupee-trade-settlement',
    name: 'Priya Raman',
    email: 'priya.raman@example.com',
    at: '2025-11-14T11:30:00Z',
    status: 'approved',
    body:
      'Clear explanation of the symmetry problem. Exporters I work with like the idea but still price in ' +
      'dollars because their customers insist on it.',
  },
  {
    id: 'rupee-trade-settlement-02',
    article: 'rupee-trade-settlement',
    name: 'Omar Haddad',
    email: 'omar.haddad@example.org',
    at: '2025-11-15T08:05:00Z',
    status: 'approved',
    body:
      'On the first debate question: loosening capital controls before the banking system is ready would be ' +
      'a mistake. Internationalisation can wait.',
  },
  {
    id: 'rupee-trade-settlement-03',
    article: 'rupee-trade-settlement',
    parent: 'rupee-trade-settlement-02',
    name: 'Sanjay Kulkarni',
    email: 'sanjay.k@example.net',
    at: '2025-11-16T05:48:00Z',
    status: 'approved',
    body:
      'I agree in principle, but the bond index inclusion has already opened the door. The question is how ' +
      'fast to walk through it.',
  },

  // Bhutan’s Hydropower Bargain (published 2025-11-03T05:30Z)
  {
    id: 'bhutan-hydropower-bargain-01',
    article: 'bhutan-hydropower-bargain',
    name: 'Kinley Dema',
    email: 'kinley.dema@example.com',
    at: '2025-11-03T09:15:00Z',
    status: 'approved',
    body:
      'Winter power cuts for small businesses are already a topic here. The stabilisation fund idea deserves ' +
      'more attention than it gets.',
  },
  {
    id: 'bhutan-hydropower-bargain-02',
    article: 'bhutan-hydropower-bargain',
    name: 'Lars Eriksen',
    email: 'lars.eriksen@example.org',
    at: '2025-11-04T12:00:00Z',
    status: 'approved',
    body:
      'Norway went through a similar debate about seasonal storage decades ago. Reservoirs changed the whole ' +
      'economics of the system.',
  },
  {
    id: 'bhutan-hydropower-bargain-03',
    article: 'bhutan-hydropower-bargain',
    name: 'S. Gurung',
    email: 's.gurung@example.net',
    at: '2025-11-05T16:40:00Z',
    status: 'pending',
    body: 'What about the environmental cost of new reservoirs in such a fragile landscape?',
  },

  // Chip Sovereignty Is an Expensive Promise (published 2026-01-03T08:00Z)
  {
    id: 'chip-sovereignty-01',
    article: 'chip-sovereignty',
    name: 'Wei Chen',
    email: 'wei.chen@example.com',
    at: '2026-01-03T15:30:00Z',
    status: 'approved',
    body: 'The point about ecosystems is underrated. A fab without its suppliers nearby is an expensive island.',
  },

  // Asia’s Election Regulators (published 2025-11-20T10:00Z): nothing approved yet.
  {
    id: 'ai-election-campaigning-01',
    article: 'ai-election-campaigning',
    name: 'Rosa Santos',
    email: 'rosa.santos@example.org',
    at: '2025-11-21T06:10:00Z',
    status: 'pending',
    body:
      'Provenance standards sound promising, but most voters will never check a signature on a video. The ' +
      'labels need to be visible where people actually watch.',
  },
  {
    id: 'ai-election-campaigning-02',
    article: 'ai-election-campaigning',
    name: 'Crypto Signals',
    email: 'signals@spam.example',
    at: '2025-11-21T23:59:00Z',
    moderatedAt: '2025-11-22T06:00:00Z',
    status: 'spam',
    flags: ['links'],
    body: 'Earn 500% returns with AI trading!!! https://signals.example/join https://signals.example/vip',
  },
]
