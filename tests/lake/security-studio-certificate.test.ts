/** @jest-environment node */
import {execFileSync} from 'node:child_process'
import {X509Certificate} from 'node:crypto'
import {chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:https'
import {request} from 'node:https'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {ensureCertificate} from '@/sanity/lake/studio/tls'

const freshDir = () => join(mkdtempSync(join(tmpdir(), 'lake-tls-')), 'tls')
const openssl = (args: string[]) => execFileSync('openssl', args, {stdio: 'pipe'})

/** What earlier versions generated: a self-signed CA without name constraints. */
function writeOldCaCertificate(dir: string) {
  execFileSync('mkdir', ['-p', dir])
  openssl([
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    join(dir, 'lake-key.pem'),
    '-out',
    join(dir, 'lake-cert.pem'),
    '-days',
    '365',
    '-subj',
    '/CN=Local Content Lake (development)/O=ledger-news',
    '-addext',
    'subjectAltName=DNS:localhost,DNS:local.localhost,DNS:*.localhost,IP:127.0.0.1,IP:::1',
    '-addext',
    'basicConstraints=critical,CA:TRUE,pathlen:0',
    '-addext',
    'keyUsage=critical,digitalSignature,keyCertSign',
    '-addext',
    'extendedKeyUsage=serverAuth',
  ])
  chmodSync(join(dir, 'lake-key.pem'), 0o644)
}

/** Uses the lake's key to sign a certificate for another site, as whoever read the key could. */
function forgeFor(host: string, {keyFile, certFile}: {keyFile: string; certFile: string}) {
  const dir = mkdtempSync(join(tmpdir(), 'forged-'))
  const key = join(dir, 'key.pem')
  const csr = join(dir, 'req.csr')
  const cert = join(dir, 'cert.pem')
  const ext = join(dir, 'ext.cnf')
  writeFileSync(ext, `subjectAltName=DNS:${host}\nextendedKeyUsage=serverAuth\n`)
  openssl([
    'req',
    '-new',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    key,
    '-out',
    csr,
    '-subj',
    `/CN=${host}`,
  ])
  openssl([
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    certFile,
    '-CAkey',
    keyFile,
    '-CAcreateserial',
    '-out',
    cert,
    '-days',
    '30',
    '-extfile',
    ext,
  ])
  return {key: readFileSync(key), cert: readFileSync(cert)}
}

/** Whether a client that trusts the lake's certificate accepts a server presenting `forged` as `host`. */
async function accepted(host: string, forged: {key: Buffer; cert: Buffer}, trusted: string): Promise<boolean> {
  const server = createServer(forged, (_req, res) => res.end('ok'))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  try {
    return await new Promise<boolean>((resolve) => {
      const req = request({host: '127.0.0.1', port, servername: host, ca: readFileSync(trusted), path: '/'}, (res) => {
        res.resume()
        resolve(true)
      })
      req.on('error', () => resolve(false))
      req.end()
    })
  } finally {
    server.close()
  }
}

test('the generated certificate is a leaf for the local names only, with a private key', () => {
  const files = ensureCertificate(freshDir(), 'local', () => undefined)
  const cert = new X509Certificate(readFileSync(files.certFile))
  expect(cert.ca).toBe(false)
  expect(cert.subjectAltName?.split(', ')).toEqual([
    'DNS:localhost',
    'DNS:local.localhost',
    'DNS:*.localhost',
    'IP Address:127.0.0.1',
    'IP Address:0:0:0:0:0:0:0:1',
  ])
  expect(cert.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1'])
  expect(cert.checkHost('local.localhost')).toBe('local.localhost')
  expect(cert.checkIP('::1')).toBe('::1')
  expect(cert.checkHost('evil.example')).toBeUndefined()
  expect(statSync(files.keyFile).mode & 0o777).toBe(0o600)
  const text = openssl(['x509', '-in', files.certFile, '-noout', '-text']).toString()
  expect(text).toMatch(/Basic Constraints: critical\s+CA:FALSE/)
})

test("a certificate signed with the lake's key for another site is refused by whoever trusts the lake's", async () => {
  const files = ensureCertificate(freshDir(), 'local', () => undefined)
  expect(await accepted('evil.example', forgeFor('evil.example', files), files.certFile)).toBe(false)
}, 20_000)

test('an old CA certificate on disk is replaced at start, and the log says so', async () => {
  const dir = freshDir()
  writeOldCaCertificate(dir)
  const old = {keyFile: join(dir, 'lake-key.pem'), certFile: join(dir, 'lake-cert.pem')}
  // The attack the old certificate allowed: its key vouches for any site.
  expect(await accepted('evil.example', forgeFor('evil.example', old), old.certFile)).toBe(true)
  const before = readFileSync(old.certFile, 'utf8')
  const lines: string[] = []
  const files = ensureCertificate(dir, 'local', (line) => lines.push(line))
  expect(files).toEqual(old)
  expect(readFileSync(files.certFile, 'utf8')).not.toBe(before)
  expect(new X509Certificate(readFileSync(files.certFile)).ca).toBe(false)
  expect(statSync(files.keyFile).mode & 0o777).toBe(0o600)
  expect(lines.join('\n')).toMatch(/replacing the TLS certificate .*lake-cert\.pem: it is a certificate authority/)
  // Kept from then on: a second start changes nothing and says nothing.
  const again: string[] = []
  ensureCertificate(dir, 'local', (line) => again.push(line))
  expect(readFileSync(files.certFile, 'utf8')).toBe(readFileSync(old.certFile, 'utf8'))
  expect(again).toEqual([])
}, 20_000)

test('a kept certificate whose key was readable by others gets an owner-only key', () => {
  const dir = freshDir()
  const files = ensureCertificate(dir, 'local', () => undefined)
  chmodSync(files.keyFile, 0o644)
  const cert = readFileSync(files.certFile, 'utf8')
  ensureCertificate(dir, 'local', () => undefined)
  expect(statSync(files.keyFile).mode & 0o777).toBe(0o600)
  expect(readFileSync(files.certFile, 'utf8')).toBe(cert)
})
