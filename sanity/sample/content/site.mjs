// The masthead, the sections and the people who write for the sample edition.
// The publication, its staff and their addresses are fictional (.example domains).

export const siteSettings = {
  title: 'The Meridian Review',
  tagline: 'Analysis for a crowded century',
  description:
    'The Meridian Review is an independent analysis publication covering geopolitics, security, ' +
    'economics, climate and technology, with a focus on South Asia and the Indo-Pacific.',
  timeZone: 'Asia/Thimphu',
  // Editors' picks lead "Top 5 This Week"; the newest pieces fill the rest.
  topPicks: ['indo-pacific-order-long-read', 'drone-doctrine-small-states'],
}

export const topics = [
  {
    slug: 'geopolitics',
    title: 'Geopolitics',
    description:
      'Great-power competition, alliances and the diplomacy of small states, from the Himalaya to the Pacific.',
  },
  {
    slug: 'security-defence',
    title: 'Security & Defence',
    description: 'Armed forces, doctrine, defence industry and the infrastructure that modern security depends on.',
  },
  {
    slug: 'economy',
    title: 'Economy',
    description: 'Trade, money, debt and industrial policy, and what they mean for the countries caught between blocs.',
  },
  {
    slug: 'climate-energy',
    title: 'Climate & Energy',
    description: 'Rivers, glaciers, grids and carbon: the physical and political economy of a warming region.',
  },
  {
    slug: 'technology',
    title: 'Technology',
    description: 'Chips, networks, drones and artificial intelligence as instruments of economic and state power.',
  },
  {
    slug: 'society-governance',
    title: 'Society & Governance',
    description: 'Elections, institutions, migration and the social contracts that policy has to work within.',
  },
]

export const authors = [
  {
    slug: 'karma-choden',
    name: 'Karma Choden',
    role: 'Senior Analyst, South Asia',
    bio:
      'Karma Choden covers Himalayan politics and the foreign policy of South Asia’s smaller states. ' +
      'Before joining The Meridian Review she spent eight years as a researcher on border governance ' +
      'and regional connectivity. She writes the magazine’s long reads on the Indo-Pacific order.',
    links: [
      {label: 'E-mail', url: 'mailto:karma.choden@meridianreview.example'},
      {label: 'Personal website', url: 'https://karmachoden.example/'},
    ],
  },
  {
    slug: 'elena-marsh',
    name: 'Elena Marsh',
    role: 'Defence Correspondent',
    bio:
      'Elena Marsh reports on military doctrine, defence procurement and critical infrastructure. ' +
      'She previously covered NATO’s northern flank from Oslo and Vilnius. Her work focuses on how ' +
      'small and medium-sized states adapt to new military technology.',
    links: [
      {label: 'E-mail', url: 'mailto:elena.marsh@meridianreview.example'},
      {label: 'Newsletter', url: 'https://northernflank.example/'},
    ],
  },
  {
    slug: 'david-okafor',
    name: 'David Okafor',
    role: 'Economics Editor',
    bio:
      'David Okafor edits the economy section and writes on trade, currencies and industrial policy. ' +
      'He trained as a development economist and has worked on sovereign debt in West Africa and ' +
      'South Asia. He is interested in what global rules look like from the countries that did not write them.',
    links: [
      {label: 'E-mail', url: 'mailto:david.okafor@meridianreview.example'},
      {label: 'Research notes', url: 'https://davidokafor.example/notes'},
    ],
  },
  {
    slug: 'ingrid-halvorsen',
    name: 'Ingrid Halvorsen',
    role: 'Climate & Energy Analyst',
    bio:
      'Ingrid Halvorsen writes about hydropower, river basins and the energy transition in Asia. ' +
      'She holds a doctorate in hydrology and spent several years modelling river flows for ' +
      'cross-border water agreements before turning to journalism.',
    links: [{label: 'E-mail', url: 'mailto:ingrid.halvorsen@meridianreview.example'}],
  },
  {
    slug: 'rahul-menon',
    name: 'Rahul Menon',
    role: 'Technology Correspondent',
    bio:
      'Rahul Menon covers semiconductors, digital regulation and the politics of artificial intelligence. ' +
      'He reported from Bengaluru and Singapore before joining the magazine. He is especially interested ' +
      'in how elections and courts cope with new technology.',
    links: [
      {label: 'E-mail', url: 'mailto:rahul.menon@meridianreview.example'},
      {label: 'Personal website', url: 'https://rahulmenon.example/'},
    ],
  },
]
