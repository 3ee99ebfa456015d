/**
 * The production site for Debian's nginx, from the same template `npm run cluster` uses, on stdout:
 *
 *   node --import tsx deploy/nginx/render-production.ts --server-name news.example.org \
 *     --ports 3001,3002,3003 --certificate /etc/letsencrypt/live/news.example.org/fullchain.pem \
 *     --key /etc/letsencrypt/live/news.example.org/privkey.pem > /etc/nginx/sites-available/meridian.conf
 *
 * HTTPS on 443 (TLS ends at nginx), HTTP on 80 only redirects; the instances on 127.0.0.1 at the
 * given ports (deploy/systemd/meridian-app@.service); the micro-cache in --cache-dir (default
 * /var/cache/nginx/meridian, which nginx's workers must be able to write).
 */
import {renderSite} from './render'

function option(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`)
  const value = i >= 0 ? process.argv[i + 1] : fallback
  if (!value) throw new Error(`--${name} is required (see the top of deploy/nginx/render-production.ts)`)
  return value
}

const ports = option('ports', '3001,3002,3003').split(',').map(Number)
if (!ports.every((port) => Number.isInteger(port) && port > 0 && port < 65536))
  throw new Error(`--ports: not a list of ports: ${option('ports')}`)

process.stdout.write(
  renderSite({
    listen: option('listen', '443'),
    serverName: option('server-name'),
    upstreams: ports.map((port) => `127.0.0.1:${port}`),
    cacheDir: option('cache-dir', '/var/cache/nginx/meridian'),
    tls: {certificate: option('certificate'), key: option('key')},
  }),
)
