/** Vocabulary for synthetic copy: policy-analysis words, so bodies read plausibly and search has terms. */
export const WORDS = (
  'security alliance border treaty defence budget policy region trade energy climate water glacier ' +
  'hydropower election reform market currency inflation minister parliament diplomacy summit strategy ' +
  'cooperation sovereignty investment infrastructure corridor pipeline supply chain semiconductor data ' +
  'network cable satellite drone doctrine deterrence escalation negotiation sanction tariff export import ' +
  'growth debt bond central bank labour migration youth education health rural urban coalition opposition ' +
  'court constitution media freedom transparency risk forecast analysis evidence survey report official ' +
  'government agency ministry province district village river mountain valley coast island neighbour partner ' +
  'the a of in and to for with on by from that this which while although because however therefore'
).split(' ')

export const TOPIC_NAMES = [
  'Geopolitics',
  'Security',
  'Economy',
  'Climate',
  'Energy',
  'Technology',
  'Governance',
  'Society',
  'Trade',
  'Migration',
  'Health',
  'Elections',
]

export const FIRST_NAMES =
  'Aisha Karma Pema Sonam Tashi Elena David Ingrid Rahul Mei Lars Amara Jonas Priya Kenji Nadia Omar Sofia Tenzin Yuki'.split(
    ' ',
  )
export const LAST_NAMES =
  'Choden Wangdi Marsh Okafor Halvorsen Menon Chen Sato Haddad Rossi Novak Dorji Lhamo Silva Kowalski Mensah Ivanova Berg Khan Patel'.split(
    ' ',
  )
