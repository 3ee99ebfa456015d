import type {Metadata, Viewport} from 'next'
import type {ReactNode} from 'react'
import {contentStoreConfig} from '@/lib/env'
// Every reader page shows pictures: their rules join the site's stylesheet, so that the first paint
// waits on one render-blocking request rather than two.
import './globals.css'
import '@/components/SanityImage.css'

// A function, not a constant: the validated SITE_URL is read when a page renders, not at import.
export function generateMetadata(): Metadata {
  return {metadataBase: new URL(contentStoreConfig().siteUrl)}
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    {media: '(prefers-color-scheme: light)', color: '#ffffff'},
    {media: '(prefers-color-scheme: dark)', color: '#121212'},
  ],
}

/** The document shell only: the reader site's chrome lives in (site)/layout, the Studio has its own. */
export default function RootLayout({children}: {children: ReactNode}) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
