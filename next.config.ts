import type {NextConfig} from 'next'

// ---- Security headers ---------------------------------------------------------------------------
// Static headers, computed once at build time (Next stores them in the routes manifest), so they
// work with static and ISR pages alike: a nonce-based CSP would force every page to render per
// request. Next's App Router streams its payload in inline <script> tags whose content differs per
// page and per build, so neither a nonce nor a fixed list of hashes can allow them statically:
// script-src needs 'unsafe-inline'. What keeps it tight: scripts load only from our own origin
// (no third-party script host at all), there is no 'unsafe-eval', and object-src, base-uri,
// form-action and frame-ancestors close the usual injection targets. React escapes every text the
// site renders, so 'unsafe-inline' is a second line of defence we give up, not the first.

type Env = Record<string, string | undefined>

/** Where images come from: the embedded lake serves /images itself; Sanity's CDN in hosted mode. */
function contentOrigins(env: Env): string[] {
  if (env.SANITY_PROJECT_ID) return ['https://cdn.sanity.io']
  const lake = env.LAKE_URL ?? `http://127.0.0.1:${env.LAKE_PORT || 3333}`
  return [new URL(lake).origin]
}

/**
 * The hosts the Studio's browser client talks to and loads images from: the API host of
 * sanity/env.ts (the local lake's HTTPS/HTTP2 port on the embedded default) or Sanity's own.
 */
function studioApiHosts(env: Env): string[] {
  const apiHost =
    env.NEXT_PUBLIC_SANITY_API_HOST || (env.NEXT_PUBLIC_SANITY_PROJECT_ID ? undefined : 'https://localhost:3334')
  if (!apiHost) return []
  const url = new URL(apiHost)
  // The client prefixes the project id to the host (`local.localhost:3334`).
  return [`${url.protocol}//${url.host}`, `${url.protocol}//*.${url.host}`]
}

function studioConnectOrigins(env: Env): string[] {
  const hosts = studioApiHosts(env)
  const sockets = hosts.map((origin) => origin.replace(/^http/, 'ws'))
  return [...new Set(['https://*.sanity.io', 'wss://*.sanity.io', ...contentOrigins(env), ...hosts, ...sockets])]
}

const csp = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...new Set(values)].join(' '))
    .join('; ')

export function securityHeaders(env: Env = process.env): NextConfig['headers'] {
  const https = (env.SITE_URL ?? '').startsWith('https://')
  const common = [
    {key: 'X-Content-Type-Options', value: 'nosniff'},
    {key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin'},
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    },
    ...(https ? [{key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains'}] : []),
  ]
  const site = csp({
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'"],
    // The site's CSS is all in files: no inline style attributes or <style> blocks are needed.
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', ...contentOrigins(env)],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(https ? {'upgrade-insecure-requests': []} : {}),
  })
  // The Studio is a large client app: styled-components injects <style> tags ('unsafe-inline'
  // styles), next-sanity loads its bridge script from Sanity's CDN, and the Studio talks to its API
  // host (the lake's HTTPS port, or *.sanity.io) over HTTP and WebSockets and shows uploaded images
  // from it. It needs no 'unsafe-eval': its bundles call neither eval nor new Function (only the
  // `Function("return this")` fallback for a missing globalThis, never reached in a browser), and
  // the Studio runs under this policy with no violation (tests/e2e/headers.test.ts, tests/studio).
  const studio = csp({
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", 'https://core.sanity-cdn.com'],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', 'https://cdn.sanity.io', ...contentOrigins(env), ...studioApiHosts(env)],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...studioConnectOrigins(env), 'https://*.sanity-cdn.com'],
    'worker-src': ["'self'", 'blob:'],
    'frame-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'"],
  })
  return async () => [
    {
      source: '/:path*',
      headers: [
        ...common,
        {key: 'Content-Security-Policy', value: site},
        {key: 'X-Frame-Options', value: 'DENY'},
        {key: 'Cross-Origin-Opener-Policy', value: 'same-origin'},
      ],
    },
    // Later rules win for the same header: the Studio's looser policy replaces the site's.
    ...['/studio', '/studio/:path*'].map((source) => ({
      source,
      headers: [
        {key: 'Content-Security-Policy', value: studio},
        {key: 'X-Frame-Options', value: 'SAMEORIGIN'},
        {key: 'Cross-Origin-Opener-Policy', value: 'same-origin-allow-popups'},
      ],
    })),
  ]
}
// -------------------------------------------------------------------------------------------------

const nextConfig: NextConfig = {
  // ESM-only packages that next/jest must transform (it ignores transformIgnorePatterns for them).
  transpilePackages: [
    'next-sanity',
    '@sanity/visual-editing',
    '@sanity/visual-editing-csm',
    '@portabletext/react',
    '@portabletext/toolkit',
    // @sanity/mutator (the lake's patch engine) and its ESM-only dependencies.
    '@sanity/mutator',
    '@sanity/diff-match-patch',
    '@sanity/uuid',
    'lodash-es',
  ],
  poweredByHeader: false,
  headers: securityHeaders(),
  // scripts/serve.ts compresses, after it has rewritten a page's script tags (serve/scriptsAfterPaint.ts).
  compress: false,
  experimental: {
    // Comments are capped at 64 KB; a smaller request body limit refuses floods before parsing.
    serverActions: {bodySizeLimit: '128kb'},
  },
  // `npm run typecheck` checks the whole repo (tests included) in CI; the build need not repeat it.
  typescript: {ignoreBuildErrors: true},
  // Several instances (npm run cluster, deploy/) share one server cache in Redis, so a revalidation
  // on any of them holds for all; without REDIS_URL each keeps Next's own, as a single one should.
  ...(process.env.REDIS_URL
    ? {cacheHandler: require.resolve('./lib/cache/redisCacheHandler.mjs'), cacheMaxMemorySize: 0}
    : {}),
  // One id for every instance of a release, even separately built ones (rolling deploys): a client
  // of another release reloads instead of mixing files. Unset: Next's per-build id.
  deploymentId: process.env.DEPLOYMENT_ID || undefined,
}

export default nextConfig
