import type {ReactNode} from 'react'
import {SiteChrome} from '@/components/layout/SiteChrome'

// Reader pages are static and regenerate when their cache tags are revalidated; the hourly
// fallback keeps the date bar fresh even on days nothing is published.
export const revalidate = 3600

export default function SiteLayout({children}: {children: ReactNode}) {
  return <SiteChrome>{children}</SiteChrome>
}
