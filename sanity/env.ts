/**
 * Studio-side settings. The Studio runs in the browser, so only NEXT_PUBLIC_ values reach it;
 * each is read with a literal `process.env.NEXT_PUBLIC_…` expression because Next inlines only
 * those at build time. No token ever belongs here.
 */

// 'local' is the project id the embedded local Content Lake answers to when no Sanity project is
// configured (DESIGN.md §2).
export const projectId = process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || 'local'

export const dataset = process.env.NEXT_PUBLIC_SANITY_DATASET || 'production'

// 2025-02-19 is the first API version whose default perspective is `published`.
export const apiVersion = process.env.NEXT_PUBLIC_SANITY_API_VERSION || '2025-02-19'

/**
 * Set only for the embedded local Content Lake (e.g. `https://localhost:3334`). The Studio then
 * talks to that host and logs in with a token kept in localStorage instead of Sanity's login
 * cookies. A later issue completes the offline Studio (the lake's listener, actions and user
 * endpoints, HTTPS/HTTP2); until then this only points the Studio at the lake.
 */
export const apiHost = process.env.NEXT_PUBLIC_SANITY_API_HOST || undefined
