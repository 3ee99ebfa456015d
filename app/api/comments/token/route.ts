import {issueTimeToken} from '@/lib/comments/timeToken'

// A fresh signed timestamp per request: this route must never be cached.
export const dynamic = 'force-dynamic'

export function GET() {
  return Response.json({token: issueTimeToken()}, {headers: {'cache-control': 'no-store'}})
}
