import {article} from './article'
import {articleViews} from './articleViews'
import {author} from './author'
import {blockContent} from './blockContent'
import {comment} from './comment'
import {commentContact} from './commentContact'
import {debateQuestions} from './debateQuestions'
import {expertQuote} from './expertQuote'
import {siteSettings} from './siteSettings'
import {statistic} from './statistic'
import {topic} from './topic'

// The shapes these define are specified in ../CONTENT_MODEL.md; change both together.
export const schemaTypes = [
  article,
  author,
  topic,
  expertQuote,
  comment,
  commentContact,
  siteSettings,
  blockContent,
  statistic,
  debateQuestions,
  articleViews,
]
