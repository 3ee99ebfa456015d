import {bullet, h2, h3, p, stat} from '../../lib/portable-text.mjs'

export default {
  slug: 'bhutan-hydropower-bargain',
  title: 'Bhutan’s Hydropower Bargain Meets a Drier Winter',
  dek:
    'Electricity sold to India pays for much of the kingdom’s budget, but a lopsided seasonal cycle and ' +
    'rising debt service are forcing a rethink of the model.',
  author: 'ingrid-halvorsen',
  topics: ['climate-energy', 'economy'],
  publishedAt: '2025-11-03T05:30:00Z',
  body: [
    p(
      `Every winter the rivers that fall from Bhutan’s high valleys shrink to a fraction of their summer flow, and with them goes the kingdom’s most valuable export. Hydropower sold to India has for three decades financed roads, schools and a civil service out of proportion to a population of fewer than 800,000 people. It has also tied the country’s public finances to the monsoon, to a single customer and to construction timetables that have rarely held.`,
    ),

    h2(`A seasonal economy`),
    p(
      `Run-of-river plants, which make up almost all of Bhutan’s installed capacity, store very little water. When the monsoon arrives they run flat out and the surplus flows south across the border. In the dry months output falls so far that Bhutan has at times had to buy electricity back from India to meet its own demand, which is growing quickly as data centres, ferro-alloy smelters and electric vehicles join the grid.`,
    ),
    stat({
      value: '68%',
      claim: 'Share of Bhutan’s annual hydropower generation produced in the five monsoon months, June to October',
      sourceName: 'Himalayan Energy Observatory',
      sourceUrl: 'https://himalayan-energy-observatory.example/bhutan/seasonality',
      dataDate: '2025-06-30',
    }),
    p(
      `That imbalance matters more every year. Domestic demand is rising faster than the planners of the 2000s expected, and every winter megawatt consumed at home is one that cannot earn rupees abroad. The result is a budget that looks healthy on an annual basis but swings sharply from quarter to quarter, with revenue concentrated in the months when the government needs it least.`,
    ),

    h2(`Debt and delay`),
    p(
      `The largest projects were financed with loans, mostly from India, that are repaid out of future electricity sales. The logic is sound as long as plants open on time. When construction runs late, as it has repeatedly on the Punatsangchhu river, interest accrues for years before a single unit is sold, and the cost of the power that eventually flows rises with it. Bhutan’s external debt is high relative to the size of its economy, even if most of it is concessional and matched by expected revenue.`,
    ),
    h3(`What the next projects change`),
    p(
      `The next wave of projects is meant to be different: some reservoir storage to smooth seasonal output, a larger share of Bhutanese equity, and power purchase agreements that price electricity closer to what buyers pay on India’s power exchanges. Each change removes a risk that the older model carried. Each also brings a cost, in money or in exposure to market prices, that the older model avoided.`,
    ),

    h2(`Options beyond the turbine hall`),
    p(`Officials and outside economists tend to converge on a short list of measures:`),
    bullet(`Seasonal storage and pumped hydro, so that summer water can be held back for winter peaks.`),
    bullet(`Solar capacity on south-facing slopes, which produces most when the rivers are lowest.`),
    bullet(`Winter tariffs for energy-intensive industry that reflect the true cost of dry-season power.`),
    bullet(`A stabilisation fund that saves monsoon windfalls for the lean quarters.`),
    p(
      `None of this is exotic. What makes it hard is the politics of a model that has worked well enough, for long enough, that changing it feels like a risk in itself. If the drier winters that glaciologists expect in the eastern Himalaya arrive on schedule, the rivers may settle that argument before the planners do.`,
    ),
  ],
}
