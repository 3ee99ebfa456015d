import {bullet, h2, h3, p, stat} from '../../lib/portable-text.mjs'

export default {
  slug: 'carbon-border-south-asia',
  title: 'The EU’s Carbon Border Levy Arrives: What South Asian Exporters Face',
  dek:
    'From January 2026 the EU’s carbon border adjustment moves from reporting to paying. Steel and aluminium ' +
    'exporters in India and beyond are counting the cost.',
  author: 'david-okafor',
  topics: ['economy', 'climate-energy'],
  publishedAt: '2026-01-07T06:00:00Z',
  updatedAt: '2026-01-08T10:30:00Z',
  correction:
    'An earlier version of this article said importers must buy CBAM certificates from January 2026. ' +
    'Importers will begin buying certificates in 2027, for goods imported from 2026 onwards.',
  body: [
    p(
      `For two years the European Union’s Carbon Border Adjustment Mechanism asked importers only to report the emissions embedded in certain goods. From 1 January 2026 it enters its definitive phase: importers of covered goods will have to pay for those emissions, at a price linked to the EU’s own carbon market, minus any carbon price already paid in the country of production.`,
    ),

    h2(`What is covered`),
    p(
      `The mechanism applies to a short list of emissions-intensive goods where the EU fears that its own climate policy could push production abroad:`,
    ),
    bullet(`iron and steel, and aluminium;`),
    bullet(`cement and fertilisers;`),
    bullet(`hydrogen and electricity.`),
    stat({
      value: '6',
      claim: 'Sectors covered by the Carbon Border Adjustment Mechanism in its definitive phase',
      sourceName: 'European Commission, Taxation and Customs Union',
      sourceUrl: 'https://taxation-customs.ec.europa.eu/carbon-border-adjustment-mechanism_en',
      dataDate: '2026-01-01',
    }),
    p(
      `For most South Asian economies the direct exposure is concentrated in steel and aluminium. India is among the larger suppliers of both to the EU, and much of its output comes from coal-powered plants with high emissions per tonne. A simplification package agreed in 2025 exempted importers of small quantities, but the large trading houses that handle most of the volume remain inside the scheme.`,
    ),

    h2(`Counting the cost`),
    p(
      `The cost to an exporter depends on three numbers: the emissions of its plant, the EU carbon price and the default values that apply when verified data is missing. Plants that can document lower emissions will pay less, which rewards measurement as much as decarbonisation. Smaller producers, which often lack verified emissions data, face the risk of being charged at punitive default values.`,
    ),
    h3(`The diplomatic dispute`),
    p(
      `India and other developing economies have criticised the mechanism as a unilateral trade measure dressed as climate policy, and have raised it in trade negotiations with the EU. Their argument is that the mechanism ignores the principle of common but differentiated responsibilities and penalises countries that industrialised later. The EU responds that it applies the same carbon price to its own producers and credits carbon prices paid abroad.`,
    ),

    h2(`What exporters can do`),
    p(
      `The practical response has three parts: invest in measurement so that verified emissions replace default values, shift towards lower-carbon production where the economics allow, and press governments to develop domestic carbon pricing so that the money stays at home rather than flowing to Brussels. India’s own carbon credit trading scheme, still being built, could eventually serve that purpose if its prices are recognised by the EU.`,
    ),
    p(
      `The mechanism is a test of whether climate policy can be made to work across borders without becoming protectionism in disguise. The answer will depend less on the text of the regulation than on how flexibly both sides apply it in its first years.`,
    ),
  ],
}
