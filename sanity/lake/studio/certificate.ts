import {execFileSync} from 'node:child_process'
import {X509Certificate, createPrivateKey} from 'node:crypto'
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync} from 'node:fs'
import {join} from 'node:path'

/**
 * The lake's own TLS certificate for the Studio's HTTPS port: self-signed, for this machine's
 * names only, and a leaf (`CA:FALSE`), not an authority. An editor trusts it for these names; its
 * key cannot vouch for any other site, so whoever reads the key gains nothing beyond the lake's
 * own local names. An authority certificate made by earlier versions is replaced at start.
 */
export interface CertificateFiles {
  keyFile: string
  certFile: string
}

const RENEW_BEFORE_MS = 30 * 24 * 3600 * 1000
const VALID_DAYS = 365

/** The names the certificate covers; `<projectId>.localhost` is where the Studio's client sends requests. */
export function certificateNames(projectId: string): {dns: string[]; ips: string[]} {
  const dns = [...new Set(['localhost', `${projectId}.localhost`, 'local.localhost', '*.localhost'])]
  return {dns, ips: ['127.0.0.1', '::1']}
}

export function ensureCertificate(
  dir: string,
  projectId: string,
  log: (line: string) => void = defaultLog,
): CertificateFiles {
  const keyFile = join(dir, 'lake-key.pem')
  const certFile = join(dir, 'lake-cert.pem')
  if (existsSync(keyFile) && existsSync(certFile)) {
    const problem = problemWith({keyFile, certFile}, projectId)
    if (!problem) {
      // An older version left the key readable by others; the key is what must stay private.
      if ((statSync(keyFile).mode & 0o077) !== 0) chmodSync(keyFile, 0o600)
      return {keyFile, certFile}
    }
    log(`replacing the TLS certificate ${certFile}: ${problem}`)
    log('  if you trusted the old one in a browser or the OS, remove it there and trust the new one')
    log('  (docs/studio-on-the-lake.md)')
  }
  mkdirSync(dir, {recursive: true, mode: 0o700})
  generate(dir, {keyFile, certFile}, projectId)
  return {keyFile, certFile}
}

/** Why the certificate on disk must be replaced, or null when it can be kept. */
export function problemWith({keyFile, certFile}: CertificateFiles, projectId: string): string | null {
  let cert: X509Certificate
  try {
    cert = new X509Certificate(readFileSync(certFile))
    const key = createPrivateKey(readFileSync(keyFile))
    if (!cert.checkPrivateKey(key)) return 'the key does not belong to the certificate'
  } catch (err) {
    return `it cannot be read (${(err as Error).message})`
  }
  if (cert.ca) {
    return (
      'it is a certificate authority (made by an earlier version), which could vouch for any site; ' +
      'a leaf certificate replaces it'
    )
  }
  if (Date.parse(cert.validTo) - Date.now() < RENEW_BEFORE_MS) return `it expires on ${cert.validTo}`
  const {dns, ips} = certificateNames(projectId)
  const missing = [
    ...dns.filter((name) => !name.startsWith('*') && !cert.checkHost(name)),
    ...ips.filter((ip) => !cert.checkIP(ip)),
  ]
  return missing.length ? `it does not cover ${missing.join(', ')}` : null
}

function generate(dir: string, target: CertificateFiles, projectId: string): void {
  // Made in a private folder and moved into place, so the key is never readable by others, even briefly.
  const work = mkdtempSync(join(dir, '.new-'))
  try {
    chmodSync(work, 0o700)
    const keyFile = join(work, 'key.pem')
    const certFile = join(work, 'cert.pem')
    const {dns, ips} = certificateNames(projectId)
    const altNames = [...dns.map((name) => `DNS:${name}`), ...ips.map((ip) => `IP:${ip}`)].join(',')
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        String(VALID_DAYS),
        '-subj',
        '/CN=Local Content Lake (localhost)/O=Local Content Lake (development)',
        '-addext',
        `subjectAltName=${altNames}`,
        // A leaf: it identifies this server and cannot sign certificates for anything else.
        '-addext',
        'basicConstraints=critical,CA:FALSE',
        '-addext',
        'keyUsage=critical,digitalSignature',
        '-addext',
        'extendedKeyUsage=serverAuth',
      ],
      {stdio: 'pipe'},
    )
    chmodSync(keyFile, 0o600)
    renameSync(keyFile, target.keyFile)
    renameSync(certFile, target.certFile)
  } finally {
    rmSync(work, {recursive: true, force: true})
  }
}

const defaultLog = (line: string) => console.log(`[lake] ${line}`)
