// Unpublished work, for checking that readers never see drafts: an embargoed piece that exists
// only as a draft, and a pending edit of a published article (the published title stays live).
import {h2, p} from '../lib/portable-text.mjs'

export const embargoedArticle = {
  slug: 'embargoed-bhutan-budget-2026',
  title: 'EMBARGOED: Bhutan’s 2026–27 Budget Bets on Gelephu',
  dek: 'Embargoed until the finance minister’s statement. Do not publish before 20 January 2026, 06:00 UTC.',
  author: 'david-okafor',
  topics: ['economy', 'society-governance'],
  publishedAt: '2026-01-20T06:00:00Z',
  draftCreatedAt: '2026-01-09T11:00:00Z',
  body: [
    p(
      `EMBARGOED COPY. The government’s budget for the coming financial year shifts capital spending towards the Gelephu Mindfulness City and the roads, power lines and border facilities that will serve it.`,
    ),
    h2(`What the numbers show`),
    p(
      `Placeholder: figures to be confirmed against the budget documents when the embargo lifts. This paragraph must never appear on the public site.`,
    ),
  ],
}

export const draftEdits = [
  {
    slug: 'mekong-drought-diplomacy',
    title: 'Drought Diplomacy on the Mekong: Data, Dams and Delta Farmers',
    editedAt: '2026-01-09T15:20:00Z',
  },
]
