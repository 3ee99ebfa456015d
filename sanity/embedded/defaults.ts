/**
 * Fixed settings of the embedded default (no Sanity project configured), read by both the app and
 * the local Content Lake. Nothing secret lives here: tokens and secrets are generated per install
 * (`./secrets.ts`).
 */
export const EMBEDDED_DEFAULTS = {
  port: 3333,
  host: '127.0.0.1',
  projectId: 'local',
  dataset: 'production',
  dataFile: '.data/lake.sqlite',
  appPort: 3000,
} as const
