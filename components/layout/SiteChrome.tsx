import type {ReactNode} from 'react'
import {contentStoreConfig} from '@/lib/env'
import {getSiteSettings} from '@/lib/queries/settings'
import {DateBar} from './DateBar'
import {Masthead} from './Masthead'
import {SiteFooter} from './SiteFooter'

/** Date bar, masthead, topic navigation and footer around every reader page. */
export async function SiteChrome({children}: {children: ReactNode}) {
  const settings = await getSiteSettings()
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <DateBar now={new Date()} timeZone={settings.timeZone} tagline={settings.tagline} />
      <Masthead title={settings.title} nav={settings.nav} />
      <main id="main" tabIndex={-1} className="container site-main">
        {children}
      </main>
      <SiteFooter
        title={settings.title}
        description={settings.description}
        sampleEdition={contentStoreConfig().mode === 'embedded'}
      />
    </>
  )
}
