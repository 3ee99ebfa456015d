'use client'

/**
 * The Studio workspace mounted at /studio (app/studio/[[...tool]]/page.tsx). 'use client' lets the
 * server page hand this config, functions and all, to the client-only <NextStudio>.
 */
import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'

import {resolveDocumentActions} from './sanity/actions'
import {apiHost, apiVersion, dataset, projectId} from './sanity/env'
import {moderationTool} from './sanity/moderation/tool'
import {readershipTool} from './sanity/readership/tool'
import {schemaTypes} from './sanity/schemaTypes'
import {structure} from './sanity/structure'

// Comments come from readers, contacts and view counts from the site, and the singleton has its
// own desk item: none of them belong in the Studio's "Create" menus.
const NOT_CREATED_IN_STUDIO = new Set(['comment', 'commentContact', 'siteSettings', 'articleViews'])

// Embedded local Content Lake (docs/studio-on-the-lake.md): point at its host and sign in with a
// token (`/studio#token=…`), since the lake has no Sanity login cookies. The lake implements
// documents, drafts, listeners, assets and GROQ, not Sanity's hosted services, so the features
// built on those are switched off rather than left to fail: releases and scheduled drafts,
// scheduled publishing, tasks, Studio comments, the media library and product announcements.
const localLake = apiHost
  ? {
      apiHost,
      auth: {loginMethod: 'token' as const},
      releases: {enabled: false},
      scheduledDrafts: {enabled: false},
      scheduledPublishing: {enabled: false},
      tasks: {enabled: false},
      mediaLibrary: {enabled: false},
      announcements: {enabled: false},
    }
  : {}

export default defineConfig({
  name: 'default',
  title: 'Newsroom',
  basePath: '/studio',
  projectId,
  dataset,
  ...localLake,
  plugins: [structureTool({structure}), visionTool({defaultApiVersion: apiVersion})],
  schema: {types: schemaTypes},
  tools: (prev) => [...prev, moderationTool, readershipTool],
  document: {
    actions: resolveDocumentActions,
    // Menus only: the types' templates stay, so the singleton editor can still create its document.
    newDocumentOptions: (items) => items.filter(({templateId}) => !NOT_CREATED_IN_STUDIO.has(templateId)),
    // Studio comments are a hosted service (a separate comments dataset); the lake has none.
    ...(apiHost ? {comments: {enabled: false}} : {}),
  },
})
