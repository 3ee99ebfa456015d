import 'server-only'

/** The shared Redis connections for app code (server-only); see ./connection.mjs. */
export {RedisConnection, RedisUnavailableError, closeSharedRedis, sharedRedis} from './connection.mjs'
