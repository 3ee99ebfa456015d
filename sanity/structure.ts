import {CheckmarkIcon, ClockIcon, CogIcon, CommentIcon, ErrorOutlineIcon, ThListIcon, TrashIcon} from '@sanity/icons'
import type {ComponentType} from 'react'
import type {StructureBuilder, StructureResolver} from 'sanity/structure'

import {apiVersion} from './env'
import type {CommentStatus} from './schemaTypes/commentStatus'

// Newest first: moderators work through the queue from what just arrived.
const NEWEST_FIRST = [{field: 'createdAt', direction: 'desc' as const}]

// Comments come from readers, never from the Studio, so no list offers "create". Held comments are
// drafts and approved ones published; the Studio's lists read the drafts perspective, so each list
// finds a comment by its current status whichever it is.
function commentList(S: StructureBuilder, title: string, icon: ComponentType, status?: CommentStatus) {
  const id = status ? `comments-${status}` : 'comments-all'
  return S.listItem()
    .id(id)
    .title(title)
    .icon(icon)
    .child(
      S.documentList()
        .id(id)
        .title(title)
        .schemaType('comment')
        .apiVersion(apiVersion)
        .filter(status ? '_type == "comment" && status == $status' : '_type == "comment"')
        .params(status ? {status} : {})
        .defaultOrdering(NEWEST_FIRST)
        .initialValueTemplates([]),
    )
}

// With thousands held, a moderator works article by article: each article, then its held comments.
const pendingByArticle = (S: StructureBuilder) =>
  S.listItem()
    .id('comments-pending-by-article')
    .title('Pending by article')
    .icon(ClockIcon)
    .child(
      S.documentTypeList('article')
        .id('comments-pending-by-article')
        .title('Pending by article')
        .apiVersion(apiVersion)
        .defaultOrdering([{field: 'publishedAt', direction: 'desc'}])
        .initialValueTemplates([])
        .child((articleId: string) =>
          S.documentList()
            .id(`comments-pending-${articleId}`)
            .title('Pending')
            .schemaType('comment')
            .apiVersion(apiVersion)
            .filter('_type == "comment" && status == "pending" && article._ref == $articleId')
            .params({articleId})
            .defaultOrdering(NEWEST_FIRST)
            .initialValueTemplates([]),
        ),
    )

const comments = (S: StructureBuilder) =>
  S.listItem()
    .id('comments')
    .title('Comments')
    .icon(CommentIcon)
    .child(
      S.list()
        .id('comments')
        .title('Comments')
        .items([
          commentList(S, 'Pending', ClockIcon, 'pending'),
          pendingByArticle(S),
          commentList(S, 'Approved', CheckmarkIcon, 'approved'),
          commentList(S, 'Spam', ErrorOutlineIcon, 'spam'),
          commentList(S, 'Trash', TrashIcon, 'trash'),
          S.divider(),
          commentList(S, 'All', ThListIcon),
        ]),
    )

// A singleton: the item opens the one document with a fixed id instead of a list.
const siteSettings = (S: StructureBuilder) =>
  S.listItem()
    .id('siteSettings')
    .title('Site settings')
    .icon(CogIcon)
    .child(S.document().id('siteSettings').schemaType('siteSettings').documentId('siteSettings').title('Site settings'))

/**
 * Desk structure. Items are listed explicitly rather than with documentTypeListItems(), so
 * `commentContact` (private e-mail addresses) and `siteSettings` never appear as generic lists.
 */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.documentTypeListItem('article').title('Articles'),
      S.documentTypeListItem('author').title('Authors'),
      S.documentTypeListItem('topic').title('Topics'),
      S.documentTypeListItem('expertQuote').title('Expert quotes'),
      S.divider(),
      comments(S),
      S.divider(),
      siteSettings(S),
    ])
