/**
 * Sanity's own dataset tools, run as a separate Node process against a lake:
 *   node tests/support/sanityTools.mjs export <lake url> <token> <out.tar.gz>
 *   node tests/support/sanityTools.mjs import <lake url> <token> <export.tar.gz | folder> [--allow-failing-assets]
 * A process of their own because both packages are ES modules, which Jest's CommonJS runtime
 * cannot load; the tests read what the tools wrote and what the lake stored.
 */
import {createReadStream, statSync} from 'node:fs'
import {createClient} from '@sanity/client'
import {exportDataset} from '@sanity/export'
import {sanityImport} from '@sanity/import'

const [command, apiHost, token, path] = process.argv.slice(2)
const client = createClient({
  projectId: 'local',
  dataset: 'production',
  apiHost,
  useProjectHostname: false,
  apiVersion: '2025-02-19',
  useCdn: false,
  token,
})

if (command === 'export') {
  await exportDataset({client, dataset: 'production', outputPath: path, assets: true, drafts: true, raw: false})
} else if (command === 'import') {
  const input = statSync(path).isDirectory() ? path : createReadStream(path)
  const allowFailingAssets = process.argv.includes('--allow-failing-assets')
  const result = await sanityImport(input, {client, operation: 'createOrReplace', allowFailingAssets})
  console.log(JSON.stringify({numDocs: result.numDocs, warnings: result.warnings}))
} else {
  throw new Error(`Unknown command "${command}": export or import`)
}
