/** Plain share links: no third-party scripts, no tracking pixels. */
export function ShareLinks({url, title}: {url: string; title: string}) {
  const u = encodeURIComponent(url)
  const t = encodeURIComponent(title)
  const links = [
    {label: 'Email', href: `mailto:?subject=${t}&body=${u}`},
    {label: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}`},
    {label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`},
    {label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}`},
  ]
  return (
    <nav className="share" aria-label="Share this article">
      <span className="share__label">Share</span>
      <ul>
        {links.map((l) => (
          <li key={l.label}>
            <a href={l.href} rel="noopener noreferrer" target="_blank">
              {l.label}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
