import {h2, p, stat} from '../../lib/portable-text.mjs'

export default {
  slug: 'bhutan-youth-emigration',
  title: 'Beyond Gross National Happiness: Bhutan’s Emigration Test',
  dek:
    'Thousands of young Bhutanese have left for Australia and beyond. The response will show whether a ' +
    'development model built on wellbeing can also keep its workforce.',
  author: 'karma-choden',
  topics: ['society-governance', 'economy'],
  publishedAt: '2025-12-08T06:30:00Z',
  updatedAt: '2025-12-09T05:00:00Z',
  correction:
    'An earlier version of this article gave the wrong year for the announcement of the Gelephu Mindfulness ' +
    'City project. It was announced in December 2023.',
  body: [
    p(
      `For half a century Bhutan has measured progress by more than income. The philosophy of Gross National Happiness, with its attention to culture, environment and good governance, has made the kingdom a reference point for development economists looking for alternatives to growth at any cost. Yet since the pandemic the country has faced a problem that no index of wellbeing anticipated: its young people are leaving in large numbers.`,
    ),

    h2(`Who leaves and why`),
    p(
      `The largest flow has been to Australia, where student visas offer a path to work and, for some, permanent residence. Those leaving are disproportionately educated, urban and in their twenties and early thirties: nurses, teachers, engineers and civil servants among them. Remittances have risen, and many emigrants say they intend to return. But the gaps left behind are already visible in hospitals, schools and government offices.`,
    ),
    stat({
      value: '1 in 9',
      claim: 'Estimated share of Bhutanese aged 20–34 living abroad in 2025',
      sourceName: 'Meridian Review analysis of census and destination-country visa data',
      dataDate: '2025-06-30',
    }),
    p(
      `The reasons are familiar from other small economies. Wages in the public sector, long the preferred employer, have not kept up with expectations; the private sector is small; and housing in Thimphu has become expensive. The pull matters as much as the push: foreign degrees and wages are now within reach of ordinary families, and the example of friends who have already left makes the decision easier. Official figures on the labour market are published by the [National Statistics Bureau](https://www.nsb.gov.bt/), but the scale of departures is easier to read in visa statistics abroad than in data at home.`,
    ),

    h2(`The policy response`),
    p(
      `The government has responded on several fronts. Civil-service pay has been raised and the service itself restructured. The most ambitious answer is the Gelephu Mindfulness City, announced in December 2023: a special administrative region on the southern border with its own legal framework, intended to attract investment and create the kind of private-sector jobs that young Bhutanese now look for abroad.`,
    ),
    p(
      `Critics worry that the project concentrates hope in a single place and a long timetable, while emigration is happening now. Supporters reply that nothing short of a new economic engine will change the arithmetic of wages, and that Gelephu’s links to India’s north-east and to regional markets give it a chance that earlier plans lacked.`,
    ),

    h2(`What success would look like`),
    p(
      `A realistic goal is not to stop migration, which brings skills and income as well as loss, but to turn it into circulation: emigrants who return with capital and experience, and who can keep ties with home while abroad. That requires recognition of foreign qualifications, investment channels for the diaspora and a labour market that has something to offer those who come back. Gross National Happiness has always been a claim about the kind of life a small country can offer its citizens. The emigration wave is the sharpest test of that claim so far.`,
    ),
  ],
}
