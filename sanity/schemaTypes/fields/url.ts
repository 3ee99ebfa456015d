import type {UrlRule} from 'sanity'

// Rendered as <a href>, so anything but web and mail links (javascript:, data:) is refused.
export const webOrMailUrl = (rule: UrlRule) => rule.uri({scheme: ['http', 'https', 'mailto']})

export const webUrl = (rule: UrlRule) => rule.uri({scheme: ['http', 'https']})
