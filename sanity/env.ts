/**
 * Studio-side settings. The Studio runs in the browser, so only NEXT_PUBLIC_ values reach it;
 * each is read with a literal `process.env.NEXT_PUBLIC_…` expression because Next inlines only
 * those at build time. No token ever belongs here.
 */

// 'local' is the project id the embedded local Content Lake answers to when no Sanity project is
// configured: the same code path serves both, only the configuration differs.
export const projectId = process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || 'local'

export const dataset = process.env.NEXT_PUBLIC_SANITY_DATASET || 'production'

// 2025-02-19 is the first API version whose default perspective is `published`.
export const apiVersion = process.env.NEXT_PUBLIC_SANITY_API_VERSION || '2025-02-19'

/**
 * Where the Studio's client sends requests. With no Sanity project configured this is the
 * embedded local Content Lake's HTTPS/HTTP2 listener (LAKE_TLS_PORT, default 3334): browsers
 * speak HTTP/2 only over TLS, and the Studio needs HTTP/2 for its many listener streams.
 * The client puts the project id in front of the host (`local.localhost:3334`), which browsers
 * resolve to this machine. Unset with a hosted project: the Studio talks to Sanity as usual.
 */
export const apiHost =
  process.env.NEXT_PUBLIC_SANITY_API_HOST ||
  (process.env.NEXT_PUBLIC_SANITY_PROJECT_ID ? undefined : 'https://localhost:3334')
