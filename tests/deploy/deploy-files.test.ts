/** @jest-environment node */
/**
 * deploy/ as an operator receives it: the production nginx site, rendered from the template
 * `npm run cluster` uses, passes `nginx -t`; the systemd unit passes `systemd-analyze verify`; the
 * environment file names what the app's settings check needs and is refused until filled in; the
 * README names every file and variable. Every file in deploy/ is used by `npm run cluster` or
 * checked here, so none can rot unnoticed. nginx and systemd-analyze are skipped, with a one-line
 * warning, where they are not installed.
 */
import {spawnSync} from 'node:child_process'
import {randomBytes} from 'node:crypto'
import {copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative, resolve} from 'node:path'
import {checkNginxConfig, findExecutable, writeNginxConfig} from '@/deploy/nginx/render'

const ROOT = resolve(__dirname, '../..')
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')

/** The files this test checks; every other file in deploy/ must be one scripts/cluster.ts uses. */
const CHECKED = {
  mainTemplate: 'deploy/nginx/nginx.conf.template',
  siteTemplate: 'deploy/nginx/site.conf.template',
  tlsTemplate: 'deploy/nginx/tls.conf.template',
  redirectTemplate: 'deploy/nginx/https-redirect.conf.template',
  renderProduction: 'deploy/nginx/render-production.ts',
  unit: 'deploy/systemd/meridian-app@.service',
  envExample: 'deploy/systemd/meridian.env.example',
  readme: 'deploy/README.md',
}

const NGINX = findExecutable('nginx')
const OPENSSL = findExecutable('openssl')
const SYSTEMD_ANALYZE = findExecutable('systemd-analyze')

function skipWithout(tool: string, found: string | null): jest.It {
  if (found) return test
  console.warn(`${tool} not installed: its check of deploy/ is skipped`)
  return test.skip
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [relative(ROOT, join(dir, entry.name))],
  )
}

/** KEY=value lines as systemd's EnvironmentFile= reads them (comments and blank lines skipped). */
function parseEnvironmentFile(text: string): Record<string, string> {
  const lines = text.split('\n').filter((line) => line.trim() && !line.trimStart().startsWith('#'))
  return Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]))
}

let temp: string
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'deploy-files-'))
})
afterEach(() => rmSync(temp, {recursive: true, force: true}))

test('every file in deploy/ is used by npm run cluster or checked by this test', () => {
  const cluster = read('scripts/cluster.ts')
  const unused = filesUnder(join(ROOT, 'deploy')).filter(
    (file) => !Object.values(CHECKED).includes(file) && !cluster.includes(`'../${file.replace(/\.ts$/, '')}'`),
  )
  expect(unused).toEqual([])
})

describe('the production nginx site (deploy/nginx/render-production.ts)', () => {
  const renderProduction = (certificate: string, key: string) => {
    const args = ['--server-name', 'news.example.org', '--ports', '3001,3002,3003', '--cache-dir', join(temp, 'cache')]
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', CHECKED.renderProduction, ...args, '--certificate', certificate, '--key', key],
      {cwd: ROOT, encoding: 'utf8'},
    )
    if (run.status !== 0) throw new Error(run.stderr)
    return run.stdout
  }

  /** The cluster's nginx.conf (from the same templates) with the production site in place of its own. */
  const checkProduction = (site: string) => {
    writeNginxConfig(temp, {listen: '127.0.0.1:8080', upstreams: ['127.0.0.1:3001']})
    checkNginxConfig(NGINX!, temp)
    writeFileSync(join(temp, 'site.conf'), site)
    checkNginxConfig(NGINX!, temp)
  }

  const selfSigned = () => {
    const [cert, key] = [join(temp, 'cert.pem'), join(temp, 'key.pem')]
    const args = ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=news.example.org']
    const made = spawnSync(OPENSSL!, [...args, '-keyout', key, '-out', cert], {encoding: 'utf8'})
    if (made.status !== 0) throw new Error(made.stderr)
    return [cert, key] as const
  }

  skipWithout(NGINX && OPENSSL ? 'nginx' : 'nginx or openssl', NGINX && OPENSSL)(
    'passes nginx -t: TLS on 443 in front of the three instances, plain HTTP redirected',
    () => {
      const site = renderProduction(...selfSigned())
      expect(site).toMatch(/listen 443 ssl;\s+server_name news\.example\.org;/)
      for (const port of [3001, 3002, 3003]) expect(site).toContain(`server 127.0.0.1:${port} `)
      expect(site).toContain('proxy_set_header X-Forwarded-For $remote_addr;')
      expect(site).toMatch(/listen 80;\s+server_name news\.example\.org;\s+return 301 https:\/\/\$host\$request_uri;/)
      // Every template it is made of was filled in.
      for (const template of [
        CHECKED.mainTemplate,
        CHECKED.siteTemplate,
        CHECKED.tlsTemplate,
        CHECKED.redirectTemplate,
      ]) {
        expect(read(template)).toMatch(/\{\{\w+\}\}/)
      }
      expect(site).not.toMatch(/\{\{\w+\}\}/)
      expect(() => checkProduction(site)).not.toThrow()
    },
  )

  skipWithout('nginx', NGINX)('nginx -t refuses it when the certificate it names is missing', () => {
    const site = renderProduction(join(temp, 'missing.pem'), join(temp, 'missing.key'))
    expect(() => checkProduction(site)).toThrow(/missing\.pem/)
  })
})

skipWithout('systemd-analyze', SYSTEMD_ANALYZE)('the app unit passes systemd-analyze verify as an instance', () => {
  const unit = join(temp, 'meridian-app@3001.service')
  copyFileSync(join(ROOT, CHECKED.unit), unit)
  // verify checks that ExecStart's program exists: where Node is not Debian's, this machine's one.
  if (!existsSync('/usr/bin/node')) writeFileSync(unit, read(CHECKED.unit).replace('/usr/bin/node', process.execPath))
  const run = spawnSync(SYSTEMD_ANALYZE!, ['verify', unit], {encoding: 'utf8'})
  expect(run.stderr.split('\n').filter((line) => line.includes('meridian-app'))).toEqual([])
  expect(run.status).toBe(0)
  // It serves the production server this checkout has, writing only Next's cache.
  const text = read(CHECKED.unit)
  expect(text).toContain('ExecStart=/usr/bin/node --import tsx scripts/serve.ts -p %i -H 127.0.0.1')
  expect(existsSync(join(ROOT, 'scripts/serve.ts'))).toBe(true)
  expect(text).toMatch(/^ProtectSystem=strict$/m)
  expect(text).toMatch(/^ReadWritePaths=\/srv\/meridian\/\.next\/cache$/m)
})

describe('the environment file (deploy/systemd/meridian.env.example)', () => {
  const example = parseEnvironmentFile(read(CHECKED.envExample))

  async function settingsFor(env: Record<string, string>) {
    const saved = process.env
    process.env = {...env} as NodeJS.ProcessEnv
    try {
      let loaded: typeof import('@/lib/env') | undefined
      await jest.isolateModulesAsync(async () => {
        loaded = await import('@/lib/env')
      })
      return {store: loaded!.contentStoreConfig(), app: loaded!.appSettings()}
    } finally {
      process.env = saved
    }
  }

  test('as shipped, the app refuses it: it holds no usable secret', async () => {
    await expect(settingsFor(example)).rejects.toThrow(/SANITY_PROJECT_ID[\s\S]*SANITY_API_READ_TOKEN/)
  })

  test('filled in, it is a hosted site behind one proxy with a shared Redis', async () => {
    const secret = () => randomBytes(32).toString('base64')
    const filled = Object.fromEntries(Object.entries(example).map(([name, value]) => [name, value || secret()]))
    Object.assign(filled, {
      SANITY_PROJECT_ID: 'abc123xy',
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123xy',
      DEPLOYMENT_ID: 'release-1',
    })
    const {store, app} = await settingsFor(filled)
    expect(store).toMatchObject({mode: 'hosted', projectId: 'abc123xy', siteUrl: 'https://news.example.org'})
    expect(app).toMatchObject({trustedProxyHops: 1, redisUrl: 'redis://127.0.0.1:6379'})
  })

  test('the README names every file in deploy/ and every variable of the file', () => {
    const readme = read(CHECKED.readme)
    const files = filesUnder(join(ROOT, 'deploy')).filter((file) => file !== CHECKED.readme)
    expect(files.filter((file) => !readme.includes(file.replace(/^deploy\//, '')))).toEqual([])
    expect(Object.keys(example).filter((name) => !readme.includes(name))).toEqual([])
  })
})
