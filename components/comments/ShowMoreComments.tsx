'use client'

import {useRef, useState, type MouseEvent} from 'react'

/**
 * "Show more comments": a plain link to the next comments page, which works without JavaScript.
 * With JavaScript it fetches that static page's HTML and appends its threads here, points the
 * address bar at the page it loaded (so a reload or a shared link shows the same comments), moves
 * focus to the first new comment and turns itself into the link to the page after. It reads the
 * page the server renders anyway: no data layer in the browser.
 */
export function ShowMoreComments({href}: {href: string}) {
  const [next, setNext] = useState<string | null>(href)
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState('')
  // React renders this element without children and never touches what is appended to it.
  const holder = useRef<HTMLDivElement>(null)

  const load = async (event: MouseEvent<HTMLAnchorElement>) => {
    // A new tab or window is the reader's choice; the link does that by itself.
    if (!next || busy || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return
    event.preventDefault()
    setBusy(true)
    try {
      const res = await fetch(next, {headers: {accept: 'text/html'}})
      if (!res.ok) throw new Error(`HTTP ${res.status}`)
      const doc = new DOMParser().parseFromString(await res.text(), 'text/html')
      const list = doc.querySelector('[data-comments-page] ol.comment-list')
      if (!list) throw new Error('no comments on the page')
      // Threads already shown (newest first, a thread approved since this page was rendered
      // pushes one onto the next page) are not shown twice.
      for (const item of Array.from(list.children)) if (item.id && document.getElementById(item.id)) item.remove()
      const appended = document.importNode(list, true) as HTMLOListElement
      holder.current?.append(appended)
      const nextLink = doc.querySelector<HTMLAnchorElement>('[data-comments-pager] a[rel="next"]')
      window.history.replaceState(window.history.state, '', next)
      const first = appended.querySelector<HTMLElement>(':scope > li')
      setNext(nextLink?.getAttribute('href') ?? null)
      setStatus(`${appended.children.length} more comment threads loaded.`)
      if (first) {
        first.tabIndex = -1
        first.focus()
      }
    } catch {
      // The plain link still works: go to the page instead.
      window.location.assign(next)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="comments-more">
      <div ref={holder} />
      {next ? (
        <a className="comments-more__link" href={next} rel="next" onClick={load} aria-busy={busy || undefined}>
          {busy ? 'Loading comments…' : 'Show more comments'}
        </a>
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  )
}
