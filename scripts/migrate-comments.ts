/**
 * `npm run migrate:comments`
 * Moves a dataset written before held comments became drafts to the current model (see
 * lib/comments/migratePrivacy.ts): until it has run, pending, spam and trashed comments and their
 * hashes stay readable without a token. With SANITY_PROJECT_ID it works on the hosted project
 * (SANITY_DATASET, SANITY_API_WRITE_TOKEN); otherwise on the running local lake (LAKE_URL, or
 * LAKE_PORT on 127.0.0.1) with this install's write token.
 */
import {createClient} from '@sanity/client'
import {migrateCommentPrivacy} from '../lib/comments/migratePrivacy'
import {embeddedSecret} from '../sanity/embedded/secrets'

async function main() {
  const env = process.env
  const common = {dataset: env.SANITY_DATASET || 'production', apiVersion: '2025-02-19', useCdn: false}
  const client = env.SANITY_PROJECT_ID
    ? createClient({...common, projectId: env.SANITY_PROJECT_ID, token: env.SANITY_API_WRITE_TOKEN})
    : createClient({
        ...common,
        projectId: 'local',
        apiHost: env.LAKE_URL || `http://127.0.0.1:${env.LAKE_PORT || 3333}`,
        useProjectHostname: false,
        token: embeddedSecret('writeToken'),
      })
  const report = await migrateCommentPrivacy(client)
  console.log(`comments: ${report.unpublished} held comments unpublished, private fields moved from ${report.moved}`)
}

main().catch((err) => {
  console.error(err.message)
  process.exit(1)
})
