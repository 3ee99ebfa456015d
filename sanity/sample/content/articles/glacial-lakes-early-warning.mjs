import {h2, h3, p, stat} from '../../lib/portable-text.mjs'

export default {
  slug: 'glacial-lakes-early-warning',
  title: 'Glacial Lakes and the Politics of Early Warning',
  dek:
    'As Himalayan glaciers retreat, the lakes they leave behind can burst without warning. The technology to ' +
    'detect a flood exists; getting the message to the valley below is the harder part.',
  author: 'karma-choden',
  topics: ['climate-energy', 'society-governance'],
  publishedAt: '2025-12-17T05:00:00Z',
  body: [
    p(
      `High in the Himalaya, retreating glaciers leave behind lakes held in place by walls of loose rock and ice. Most are stable. Some are not, and when one of them fails, a wall of water, mud and boulders can travel tens of kilometres down a valley in a matter of hours, destroying bridges, roads, villages and hydropower plants in its path.`,
    ),

    h2(`A warning from Sikkim`),
    p(
      `In October 2023 a glacial lake in the Indian state of Sikkim burst after heavy rain and a slope collapse, sending a flood down the Teesta river that destroyed a major hydropower dam and killed dozens of people. The lake had been identified as dangerous years earlier, and studies had recommended lowering its water level. The disaster was not a failure of science; it was a failure to turn knowledge into protection in time.`,
    ),
    stat({
      value: '40%',
      claim: 'Growth in the combined surface area of glacial lakes in the eastern Himalaya since 1990',
      sourceName: 'Eastern Himalaya Cryosphere Network',
      sourceUrl: 'https://eh-cryosphere.example/glacial-lakes/inventory-2024',
      dataDate: '2024-10-31',
    }),
    p(
      `Bhutan knows the danger well. A glacial lake outburst in 1994 sent floodwaters through the Punakha valley, damaging the historic dzong and killing more than twenty people. Since then the kingdom has carried out some of the region’s most ambitious mitigation work, including manually lowering the water level of a threatening lake at high altitude, and has installed automated warning systems along its most exposed rivers.`,
    ),

    h2(`How early is early?`),
    p(
      `An early warning system has to do three things: detect a flood as it begins, decide quickly that it is real, and reach people downstream with enough time to move. Sensors at the lake can detect a sudden drop in water level or a surge in the river below. The lead time depends on distance: a village far down the valley may have an hour; one close to the lake may have minutes.`,
    ),
    h3(`Sensors, sirens and the last mile`),
    p(
      `The technical components are affordable and increasingly reliable. The weak link is the last mile: sirens that are not maintained, mobile networks that fail in storms, and residents who have never practised an evacuation or who distrust a warning after a false alarm. Communities that run regular drills, with clear routes to high ground, do far better than those with the most sophisticated sensors.`,
    ),

    h2(`Who pays?`),
    p(
      `Most glacial lakes that threaten South Asian valleys sit in remote areas, sometimes across international borders. A lake in Tibet can flood a valley in Nepal; a lake in Sikkim can threaten towns in Bangladesh’s river system. That makes monitoring a shared problem with no obvious owner. Hydropower developers, whose dams sit squarely in the path of these floods, have a direct financial interest in paying for better warning systems, and some governments now require them to. Regional data sharing, however, remains patchy, and it is the piece that no single country can supply on its own.`,
    ),
  ],
}
