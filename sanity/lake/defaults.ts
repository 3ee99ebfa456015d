/**
 * Development defaults for the embedded default (no Sanity project configured). They are the
 * values documented in `.env.example`; they protect nothing but a developer's own machine, and a
 * hosted deployment never uses them because it must set its own tokens.
 */
export const EMBEDDED_DEFAULTS = {
  port: 3333,
  host: '127.0.0.1',
  projectId: 'local',
  dataset: 'production',
  dataFile: '.data/lake.sqlite',
  readToken: 'local-lake-read-token-for-development-only',
  writeToken: 'local-lake-write-token-for-development-only',
  /** Signs the lake's webhooks to the app's /api/revalidate. */
  webhookSecret: 'local-webhook-secret-for-development-only',
  /** Opens editors' draft preview: /api/draft-mode/enable?secret=…&slug=… */
  previewSecret: 'local-preview-secret-for-development-only',
} as const
