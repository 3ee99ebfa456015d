/**
 * Renders deploy/nginx/*.template: for a run folder, `nginx.conf` (nginx as the current user, in
 * the foreground, every file it writes inside the folder) and `site.conf` (the load balancer and
 * micro-cache); for a production server, the same site with its name and TLS (deploy/production.ts).
 * `npm run cluster`, the cluster tests and the benchmark start nginx from here; `nginx -t` checks
 * the result (tests/deploy/deploy-files.test.ts checks the production one).
 */
import {spawnSync} from 'node:child_process'
import {accessSync, constants, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {userInfo} from 'node:os'
import {join, resolve} from 'node:path'

const TEMPLATES = __dirname

export interface NginxSite {
  /** `127.0.0.1:8080`, or a port. */
  listen: string
  /** The app instances, `127.0.0.1:3001` … */
  upstreams: string[]
  cacheDir: string
  /** Production: the public host name (default `_`, any). */
  serverName?: string
  /** Production: TLS ends here, with this certificate chain and key (PEM files). */
  tls?: {certificate: string; key: string}
}

export function renderTemplate(name: string, fields: Record<string, string>): string {
  const text = readFileSync(join(TEMPLATES, name), 'utf8')
  return text.replace(/\{\{(\w+)\}\}/g, (_, field: string) => {
    if (!(field in fields)) throw new Error(`${name}: no value for {{${field}}}`)
    return fields[field]
  })
}

/** site.conf: `max_fails=1 fail_timeout=2s` takes a dead instance out of the rotation for 2 s. */
export function renderSite({listen, upstreams, cacheDir, serverName = '_', tls}: NginxSite): string {
  const servers = upstreams.map((address) => `    server ${address} max_fails=1 fail_timeout=2s;`).join('\n')
  const site = renderTemplate('site.conf.template', {
    LISTEN: tls ? `${listen} ssl` : listen,
    SERVER_NAME: serverName,
    TLS: tls ? renderTemplate('tls.conf.template', {CERTIFICATE: tls.certificate, KEY: tls.key}).trimEnd() : '',
    UPSTREAM_SERVERS: servers,
    CACHE_DIR: cacheDir,
  })
  // Plain HTTP only sends readers on to HTTPS.
  return tls ? site + renderTemplate('https-redirect.conf.template', {SERVER_NAME: serverName}) : site
}

/** Writes nginx.conf and site.conf into `runDir` (made absolute); returns the nginx.conf path. */
export function writeNginxConfig(runDir: string, site: Omit<NginxSite, 'cacheDir'>): string {
  const dir = resolve(runDir)
  for (const sub of ['tmp', 'cache']) mkdirSync(join(dir, sub), {recursive: true})
  writeFileSync(join(dir, 'site.conf'), renderSite({...site, cacheDir: join(dir, 'cache')}))
  const conf = join(dir, 'nginx.conf')
  // Started as root, nginx's workers would become `nobody` and could not write the folder: they stay
  // the user who started it. Anyone else runs them as themselves anyway (and would be warned).
  const user = process.getuid?.() === 0 ? `user ${userInfo().username};` : ''
  writeFileSync(conf, renderTemplate('nginx.conf.template', {RUN_DIR: dir, USER: user}))
  return conf
}

/** The arguments that run nginx on a rendered folder: its own prefix, no root, in the foreground. */
export function nginxArgs(runDir: string): string[] {
  const dir = resolve(runDir)
  return ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', 'stderr']
}

/** `nginx -t` on a rendered folder; throws with nginx's own words when the configuration is bad. */
export function checkNginxConfig(nginx: string, runDir: string): void {
  const result = spawnSync(nginx, ['-t', ...nginxArgs(runDir)], {encoding: 'utf8'})
  if (result.status !== 0) throw new Error(`nginx -t failed:\n${result.stderr}`)
}

/** The nginx and redis-server executables, or null where they are not installed. */
export function findExecutable(name: string): string | null {
  for (const dir of [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin', '/sbin']) {
    try {
      accessSync(join(dir, name), constants.X_OK)
      return join(dir, name)
    } catch {
      // not here
    }
  }
  return null
}
