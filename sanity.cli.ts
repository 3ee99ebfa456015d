/**
 * Settings for the `sanity` CLI (dataset import/export, schema deploy) against a hosted project.
 * The embedded local Content Lake has its own scripts and does not use this file.
 */
import {defineCliConfig} from 'sanity/cli'

import {dataset, projectId} from './sanity/env'

export default defineCliConfig({api: {projectId, dataset}})
