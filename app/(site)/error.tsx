'use client'

/** Rendered inside the site layout, so the masthead and navigation stay; never shows the error itself. */
export default function SiteError({reset}: {error: Error & {digest?: string}; reset: () => void}) {
  return (
    <div className="not-found">
      <h1>Something went wrong</h1>
      <p>We couldn’t load this page just now. Please try again in a moment.</p>
      <button type="button" onClick={() => reset()}>
        Try again
      </button>
    </div>
  )
}
