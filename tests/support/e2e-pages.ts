/** The page types the browser tests visit, found from the sample edition's seed article. */
export const SEED_ARTICLE = '/articles/druk-nato-nexus'

export interface PageUnderTest {
  name: string
  path: string
  status: number
}

/** One page of each type; the author and topic are the seed article's own, read off its HTML. */
export async function pageTypes(baseUrl: string): Promise<PageUnderTest[]> {
  const html = await (await fetch(baseUrl + SEED_ARTICLE)).text()
  const author = /href="(\/authors\/[a-z0-9-]+)"/.exec(html)?.[1]
  const topic = /href="(\/topics\/[a-z0-9-]+)"/.exec(html)?.[1]
  if (!author || !topic) throw new Error('The seed article links to no author or topic page')
  return [
    {name: 'home', path: '/', status: 200},
    {name: 'article', path: SEED_ARTICLE, status: 200},
    {name: 'author', path: author, status: 200},
    {name: 'topic', path: topic, status: 200},
    {name: 'search', path: '/search?q=bhutan', status: 200},
    {name: '404', path: '/this-page-does-not-exist', status: 404},
    // notFound() inside a route renders the 404 through the site's own layout.
    {name: '404 (article)', path: '/articles/no-such-article', status: 404},
  ]
}
