import {Box, Button, Card, Checkbox, Flex, Select, Stack, Text} from '@sanity/ui'
import {useCallback, useEffect, useMemo, useState} from 'react'
import {useClient} from 'sanity'

import {apiVersion} from '../env'
import {
  BulkModerationError,
  PENDING_ARTICLES_QUERY,
  PENDING_PAGE_QUERY,
  moderateMany,
  type BulkStatus,
} from './bulkModeration'

const PAGE = 50

type Held = {_id: string; _rev: string; authorName: string; body: string; createdAt: string; articleId: string}
type Articles = {total: number; articles: Array<{_id: string; title: string}>}

/**
 * The moderation desk: held comments newest first, 50 at a time, filterable by article, with
 * checkboxes and "Approve selected" / "Mark selected as spam", each ONE transaction. The Studio's
 * document lists have no multi-select; this tool reads the lake through the Studio's own client.
 */
export function ModerationDesk() {
  const studioClient = useClient({apiVersion})
  // Held comments are drafts: read them as stored, not through a perspective.
  const client = useMemo(() => studioClient.withConfig({perspective: 'raw'}), [studioClient])
  const [article, setArticle] = useState('')
  const [articles, setArticles] = useState<Articles>({total: 0, articles: []})
  const [held, setHeld] = useState<Held[]>([])
  const [more, setMore] = useState(false)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')

  const fetchHeld = useCallback(
    (start: number) =>
      Promise.all([
        client.fetch<Held[]>(PENDING_PAGE_QUERY, {article, start, end: start + PAGE + 1}),
        start === 0 ? client.fetch<Articles>(PENDING_ARTICLES_QUERY) : Promise.resolve(null),
      ]),
    [client, article],
  )

  const show = useCallback((start: number, [page, list]: [Held[], Articles | null]) => {
    setMore(page.length > PAGE)
    setHeld((prev) => (start === 0 ? page.slice(0, PAGE) : [...prev, ...page.slice(0, PAGE)]))
    if (list) setArticles(list)
    if (start === 0) setSelected(new Set())
  }, [])

  const load = useCallback(async (start = 0) => show(start, await fetchHeld(start)), [fetchHeld, show])

  useEffect(() => {
    fetchHeld(0)
      .then((data) => show(0, data))
      .catch((err: Error) => setMessage(`Could not load the held comments: ${err.message}`))
  }, [fetchHeld, show])

  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const allShown = held.length > 0 && held.every((c) => selected.has(c._id))

  const act = async (status: BulkStatus) => {
    setBusy(true)
    setMessage('')
    try {
      const seen = Object.fromEntries(held.filter((c) => selected.has(c._id)).map((c) => [c._id, c._rev]))
      const {count} = await moderateMany(client, Object.keys(seen), status, seen)
      setMessage(
        `${count} ${count === 1 ? 'comment' : 'comments'} ${status === 'approved' ? 'approved' : 'marked as spam'}.`,
      )
    } catch (err) {
      const reason =
        err instanceof BulkModerationError
          ? err.message
          : 'Some of them changed meanwhile; nothing was changed. The list is reloaded.'
      setMessage(reason)
    } finally {
      await load().catch(() => undefined)
      setBusy(false)
    }
  }

  return (
    <Box padding={4} style={{maxWidth: 960}}>
      <Stack space={4}>
        <Text size={3} weight="semibold">
          Held comments ({articles.total})
        </Text>
        <Flex gap={3} align="center" wrap="wrap">
          <Box style={{minWidth: 280}}>
            <Select aria-label="Article" value={article} onChange={(e) => setArticle(e.currentTarget.value)}>
              <option value="">All articles</option>
              {articles.articles.map((a) => (
                <option key={a._id} value={a._id}>
                  {a.title}
                </option>
              ))}
            </Select>
          </Box>
          <Flex gap={2} align="center" as="label">
            <Checkbox
              checked={allShown}
              onChange={() => setSelected(allShown ? new Set() : new Set(held.map((c) => c._id)))}
            />
            <Text size={1}>Select all shown</Text>
          </Flex>
          <Button
            text={`Approve selected (${selected.size})`}
            tone="positive"
            disabled={busy || selected.size === 0}
            onClick={() => act('approved')}
          />
          <Button
            text={`Mark selected as spam (${selected.size})`}
            tone="caution"
            disabled={busy || selected.size === 0}
            onClick={() => act('spam')}
          />
        </Flex>
        <Text size={1} muted role="status">
          {message}
        </Text>
        <Stack space={2} as="ul" style={{listStyle: 'none', padding: 0, margin: 0}}>
          {held.map((c) => (
            <Card as="li" key={c._id} padding={3} border radius={2} tone={selected.has(c._id) ? 'primary' : 'default'}>
              <Flex gap={3} align="flex-start" as="label">
                <Checkbox
                  checked={selected.has(c._id)}
                  onChange={() => toggle(c._id)}
                  aria-label={`Select the comment by ${c.authorName}`}
                />
                <Stack space={2} flex={1}>
                  <Text size={1} weight="semibold">
                    {c.authorName} · {new Date(c.createdAt).toLocaleString()}
                  </Text>
                  <Text size={1} style={{whiteSpace: 'pre-line'}}>
                    {c.body}
                  </Text>
                </Stack>
              </Flex>
            </Card>
          ))}
        </Stack>
        {more ? <Button mode="ghost" text="Load more" disabled={busy} onClick={() => load(held.length)} /> : null}
      </Stack>
    </Box>
  )
}
