import {Box, Button, Card, Flex, Stack, Text} from '@sanity/ui'
import {useEffect, useMemo, useState} from 'react'
import {useClient} from 'sanity'
import {IntentLink} from 'sanity/router'

import {apiVersion} from '../env'
import {
  READERSHIP_ROWS_QUERY,
  READERSHIP_TITLES_QUERY,
  daysAgo,
  summarize,
  type ArticleReadership,
  type ReadershipRow,
} from './readership'

const PAGE = 50
type Title = {_id: string; title?: string; slug?: string}

/**
 * The Readership tool: every article read in the last 30 days with its views over 7 and 30 days,
 * most read first, 50 at a time. Reads the stored counts through the Studio's own client.
 */
export function ReadershipDesk() {
  const client = useClient({apiVersion})
  const [articles, setArticles] = useState<ArticleReadership[] | null>(null)
  const [titles, setTitles] = useState<Map<string, Title>>(new Map())
  const [shown, setShown] = useState(PAGE)
  const [message, setMessage] = useState('')

  useEffect(() => {
    const today = new Date()
    client
      .fetch<ReadershipRow[]>(READERSHIP_ROWS_QUERY, {since: daysAgo(today, 29)}, {perspective: 'published'})
      .then((rows) => setArticles(summarize(rows, today)))
      .catch((err: Error) => setMessage(`Could not load the view counts: ${err.message}`))
  }, [client])

  const page = useMemo(() => (articles ?? []).slice(0, shown), [articles, shown])
  useEffect(() => {
    const missing = page.map((a) => a.id).filter((id) => !titles.has(id))
    if (missing.length === 0) return
    client
      .fetch<Title[]>(READERSHIP_TITLES_QUERY, {ids: missing}, {perspective: 'published'})
      .then((found) =>
        setTitles(
          (prev) =>
            new Map([
              ...prev,
              ...missing.map((id) => [id, {_id: id}] as const),
              ...found.map((t) => [t._id, t] as const),
            ]),
        ),
      )
      .catch((err: Error) => setMessage(`Could not load the titles: ${err.message}`))
  }, [client, page, titles])

  return (
    <Box padding={4} style={{maxWidth: 960}}>
      <Stack space={4}>
        <Text size={3} weight="semibold">
          Readership
        </Text>
        <Text muted size={1}>
          Views per article, counted once per reader and day, over the last 7 and 30 days (UTC). Updated about once a
          minute. Nothing about readers is stored.
        </Text>
        {message ? (
          <Card tone="critical" padding={3} radius={2}>
            <Text size={1}>{message}</Text>
          </Card>
        ) : null}
        {articles === null ? <Text size={1}>Loading…</Text> : null}
        {articles?.length === 0 ? <Text size={1}>No article has been read in the last 30 days.</Text> : null}
        {page.length > 0 ? (
          <table style={{borderCollapse: 'collapse', width: '100%'}}>
            <thead>
              <tr>
                <th style={{textAlign: 'left', padding: 6}}>Article</th>
                <th style={{textAlign: 'right', padding: 6}}>7 days</th>
                <th style={{textAlign: 'right', padding: 6}}>30 days</th>
              </tr>
            </thead>
            <tbody>
              {page.map((a) => {
                const title = titles.get(a.id)
                return (
                  <tr key={a.id} style={{borderTop: '1px solid var(--card-border-color)'}}>
                    <td style={{padding: 6}}>
                      {title?.title ? (
                        <IntentLink intent="edit" params={{id: a.id, type: 'article'}}>
                          {title.title}
                        </IntentLink>
                      ) : (
                        <Text muted size={1}>
                          {title ? `${a.id} (unpublished or deleted)` : '…'}
                        </Text>
                      )}
                    </td>
                    <td style={{textAlign: 'right', padding: 6}}>{a.week.toLocaleString('en')}</td>
                    <td style={{textAlign: 'right', padding: 6}}>{a.month.toLocaleString('en')}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        ) : null}
        {articles && articles.length > shown ? (
          <Flex>
            <Button text="Show more" mode="ghost" onClick={() => setShown((n) => n + PAGE)} />
          </Flex>
        ) : null}
      </Stack>
    </Box>
  )
}
