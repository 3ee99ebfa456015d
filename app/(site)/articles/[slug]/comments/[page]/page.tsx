import type {Metadata} from 'next'
import Link from 'next/link'
import {notFound, permanentRedirect} from 'next/navigation'
import {CommentThread} from '@/components/comments/CommentThread'
import {getArticleHead} from '@/lib/queries/articleHead'
import {getThreadPage} from '@/lib/queries/commentPages'
import {getSiteSettings} from '@/lib/queries/settings'
import {parsePageParam, routes} from '@/lib/routes'
import {pageMetadata} from '@/lib/seo/metadata'

type Props = {params: Promise<{slug: string; page: string}>}

// Rendered on first request, then static until a moderation change on this page revalidates it.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const {slug, page} = await params
  const n = parsePageParam(page)
  const [article, site] = await Promise.all([getArticleHead(slug), getSiteSettings()])
  if (!n || !article) return {}
  return pageMetadata({
    site,
    path: routes.comments(slug, n),
    title: `Comments on “${article.title}”, page ${n}`,
    description: `Readers’ comments on “${article.title}”, page ${n}.`,
  })
}

/** Page 2 onwards of an article's comment threads, inside the site's chrome (page 1 is on the article). */
export default async function CommentsPage({params}: Props) {
  const {slug, page} = await params
  const n = parsePageParam(page)
  if (!n) notFound()
  if (n === 1) permanentRedirect(routes.comments(slug, 1))
  const [article, settings] = await Promise.all([getArticleHead(slug), getSiteSettings()])
  if (!article) notFound()
  const threads = await getThreadPage(article._id, n, settings.commentsPerPage, settings.commentsOrder)
  if (threads.threads.length === 0) notFound()
  const prev = routes.comments(slug, n - 1)
  const next = threads.more ? routes.comments(slug, n + 1) : null
  return (
    <div className="comments-page">
      {/* React puts these in the head. */}
      <link rel="prev" href={prev} />
      {next ? <link rel="next" href={next} /> : null}
      <p className="kicker">Comments, page {n}</p>
      <h1>
        <Link href={routes.article(slug)}>{article.title}</Link>
      </h1>
      <section className="comments" data-comments-page={n} aria-label={`Comments, page ${n}`}>
        <CommentThread comments={threads.threads} articleSlug={slug} timeZone={settings.timeZone} />
      </section>
      <nav className="pagination" aria-label="Comment pages" data-comments-pager="">
        <a rel="prev" href={prev}>
          ← Previous page
        </a>
        <a href={`${routes.article(slug)}#respond`}>Leave a reply</a>
        {next ? (
          <a rel="next" href={next}>
            Next page →
          </a>
        ) : (
          <span />
        )}
      </nav>
    </div>
  )
}
