/** @jest-environment node */
/**
 * Security headers on every page type of the production server, the Studio's own policy, and
 * the parts of the policy that depend on the environment (HSTS, the image origin).
 */
import type {Browser} from 'playwright-core'
import nextConfig, {securityHeaders} from '../../next.config'
import {e2eState} from '../support/e2e'
import {launchBrowser, newWatchedContext} from '../support/e2e-browser'
import {pageTypes} from '../support/e2e-pages'

const {baseUrl, lakeUrl} = e2eState()

const directives = (csp: string | null) =>
  Object.fromEntries(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  ) as Record<string, string[]>

async function headersOf(path: string) {
  const res = await fetch(baseUrl + path, {redirect: 'manual'})
  await res.arrayBuffer()
  return {status: res.status, headers: res.headers}
}

describe('the reader site', () => {
  test('every page type, feed, sitemap, robots.txt and API route sends the site policy', async () => {
    const paths = [
      ...(await pageTypes(baseUrl)).map((p) => p.path),
      '/archive',
      '/feed.xml',
      '/sitemap.xml',
      '/robots.txt',
      '/api/health',
      '/icon.svg',
    ]
    for (const path of paths) {
      const {status, headers} = await headersOf(path)
      expect({path, status: status < 500}).toEqual({path, status: true})
      expect({path, nosniff: headers.get('x-content-type-options')}).toEqual({path, nosniff: 'nosniff'})
      expect({path, referrer: headers.get('referrer-policy')}).toEqual({
        path,
        referrer: 'strict-origin-when-cross-origin',
      })
      expect(headers.get('permissions-policy')).toContain('camera=()')
      expect(headers.get('strict-transport-security')).toBeNull()
      const csp = directives(headers.get('content-security-policy'))
      expect({path, frameAncestors: csp['frame-ancestors']}).toEqual({path, frameAncestors: ["'none'"]})
      expect(csp['script-src']).toEqual(["'self'", "'unsafe-inline'"])
      expect(csp['script-src']).not.toContain("'unsafe-eval'")
      expect(csp['object-src']).toEqual(["'none'"])
      expect(csp['img-src']).toContain(lakeUrl)
      expect(headers.get('x-powered-by')).toBeNull()
    }
  })
})

describe('the Studio', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser?.close())

  test('has its own policy: framed by itself only, talking to the lake and to Sanity', async () => {
    for (const path of ['/studio', '/studio/structure']) {
      const {headers} = await headersOf(path)
      const csp = directives(headers.get('content-security-policy'))
      expect(csp['frame-ancestors']).toEqual(["'self'"])
      expect(csp['connect-src']).toEqual(
        expect.arrayContaining([
          "'self'",
          lakeUrl,
          'https://*.sanity.io',
          'wss://*.sanity.io',
          'https://localhost:3334',
          'https://*.localhost:3334',
        ]),
      )
      expect(csp['img-src']).toEqual(expect.arrayContaining(['https://localhost:3334', 'https://cdn.sanity.io']))
      expect(csp['script-src']).not.toContain("'unsafe-eval'")
      expect(headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  test('boots without a CSP violation', async () => {
    const {context, cspViolations} = await newWatchedContext(browser)
    const page = await context.newPage()
    await page.goto(baseUrl + '/studio', {waitUntil: 'load'})
    // Offline, the Studio ends on a connection error; what matters is that no script, style or
    // request was blocked on the way.
    await page.waitForTimeout(4000)
    await context.close()
    expect(cspViolations).toEqual([])
  })
})

describe('the policy depends on the deployment', () => {
  const rules = async (env: Record<string, string>) => await securityHeaders(env)!()
  const header = (all: Awaited<ReturnType<typeof rules>>, key: string) =>
    all[0].headers.find((h) => h.key === key)?.value

  test('HSTS and upgrade-insecure-requests only when the site is served over https', async () => {
    const https = await rules({SITE_URL: 'https://news.example.com'})
    expect(header(https, 'Strict-Transport-Security')).toMatch(/^max-age=\d{8,}/)
    expect(header(https, 'Content-Security-Policy')).toContain('upgrade-insecure-requests')
    const http = await rules({SITE_URL: 'http://localhost:3000'})
    expect(header(http, 'Strict-Transport-Security')).toBeUndefined()
    expect(header(http, 'Content-Security-Policy')).not.toContain('upgrade-insecure-requests')
  })

  test("images come from the embedded lake, or from Sanity's CDN on a hosted project", async () => {
    const imgSrc = async (env: Record<string, string>) =>
      directives(header(await rules(env), 'Content-Security-Policy') ?? '')['img-src']
    expect(await imgSrc({LAKE_PORT: '4444'})).toContain('http://127.0.0.1:4444')
    expect(await imgSrc({LAKE_URL: 'http://lake.internal:3333/'})).toContain('http://lake.internal:3333')
    expect(await imgSrc({SANITY_PROJECT_ID: 'abc123'})).toEqual(["'self'", 'data:', 'https://cdn.sanity.io'])
  })

  test('the config applies them', () => {
    expect(nextConfig.headers).toBeInstanceOf(Function)
  })
})
