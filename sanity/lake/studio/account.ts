import type {Caller} from '../server/auth'

/**
 * The project, user and permission answers the Studio asks for before it shows anything. The
 * lake has no accounts: each token it accepts stands for one local user (its grant's userId), so
 * a token is a login. The answers keep the shapes the Studio is known to accept (tests/lake/studio-endpoints.test.ts
 * checks them): `/auth/providers` as `{providers: []}`, keyvalue as an array, datasets as a list.
 */
export interface LocalUser {
  id: string
  name: string
  email: string
  role: 'editor' | 'viewer'
}

export function userOf(caller: Caller): LocalUser | null {
  if (caller.role === null) return null
  const editor = caller.role === 'write'
  return {
    id: caller.userId,
    // A readable name for the Studio's avatar and history; the id is what transactions record.
    name: caller.userId.replace(/[-_.]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()),
    email: `${caller.userId}@localhost`,
    role: editor ? 'editor' : 'viewer',
  }
}

const roleOf = (user: LocalUser) => [{name: user.role, title: user.role === 'editor' ? 'Editor' : 'Viewer'}]

/** `/users/me`: without a token the Studio must see "not logged in", which is an empty object. */
export function currentUser(caller: Caller) {
  const user = userOf(caller)
  if (!user) return {}
  return {id: user.id, name: user.name, email: user.email, role: user.role, roles: roleOf(user), provider: 'local'}
}

/** `/users/:ids`, for avatars and history: every id the lake may have recorded as an author. */
export function usersById(ids: string[]) {
  const users = ids.map((id) => ({
    id,
    displayName: id.replace(/[-_.]+/g, ' '),
    imageUrl: null,
    isCurrentUser: false,
    projectId: 'local',
  }))
  return ids.length === 1 ? users[0] : users
}

export function project(projectId: string, caller: Caller) {
  const user = userOf(caller)
  const now = new Date(0).toISOString()
  return {
    id: projectId,
    displayName: 'Local Content Lake',
    studioHost: null,
    isBlocked: false,
    isDisabled: false,
    isDisabledByUser: false,
    metadata: {},
    organizationId: null,
    createdAt: now,
    members: user
      ? [
          {
            id: user.id,
            role: user.role,
            roles: roleOf(user),
            isCurrentUser: true,
            isRobot: false,
            createdAt: now,
            updatedAt: now,
          },
        ]
      : [],
    features: [],
  }
}

/**
 * `/projects/:id/datasets/:ds/acl`: the Studio evaluates these grants itself to enable or
 * disable editing; the lake enforces the same split (a read token is refused on writes).
 */
export function datasetGrants(caller: Caller) {
  if (caller.role === null) return []
  const permissions =
    caller.role === 'write' ? ['read', 'create', 'update', 'history', 'editHistory'] : ['read', 'history']
  return [{filter: '_id in path("**")', permissions}]
}

// Kept here too: the request handler creates the store from this module.
export {KeyValueStore} from './keyValues'
