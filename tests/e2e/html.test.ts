/** @jest-environment node */
/**
 * The served HTML of every page type through the Nu Html Checker (vnu-jar, run with the
 * machine's java): no errors. Warnings are printed, not failed.
 */
import {execFile} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {promisify} from 'node:util'
import {e2eState} from '../support/e2e'
import {pageTypes} from '../support/e2e-pages'

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error'
  subType?: string
  url: string
  lastLine?: number
  message: string
  extract?: string
}

const VNU_JAR = join(dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar')
const {baseUrl} = e2eState()

test('home, article, author, topic, search and 404 are valid HTML', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-vnu-'))
  try {
    const files: string[] = []
    for (const {name, path, status} of await pageTypes(baseUrl)) {
      const res = await fetch(baseUrl + path)
      expect({name, status: res.status}).toEqual({name, status})
      const file = join(dir, `${name.replace(/\W+/g, '-')}.html`)
      writeFileSync(file, await res.text())
      files.push(file)
    }
    const messages = await vnu(files)
    const describe = (m: VnuMessage) =>
      `${m.url.split('/').pop()}:${m.lastLine ?? '?'} ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : ''}`
    // React writes void elements as `<br/>`: harmless, and reported once per element.
    const warnings = messages.filter(
      (m) => m.type === 'info' && !m.message.startsWith('Trailing slash on void elements'),
    )
    if (warnings.length > 0) console.log(`[vnu] warnings:\n${warnings.map(describe).join('\n')}`)
    expect(messages.filter((m) => m.type !== 'info').map(describe)).toEqual([])
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
})

async function vnu(files: string[]): Promise<VnuMessage[]> {
  let stdout: string
  try {
    ;({stdout} = await promisify(execFile)('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', ...files], {
      maxBuffer: 32 * 1024 * 1024,
    }))
  } catch (err) {
    // vnu exits 1 when it found errors; its report is still on stdout.
    const e = err as {stdout?: string; code?: string | number; message: string}
    if (e.code === 'ENOENT')
      throw new Error('java is not installed: the HTML check needs a Java runtime (Debian: default-jre-headless)')
    if (!e.stdout) throw err
    stdout = e.stdout
  }
  return (JSON.parse(stdout) as {messages: VnuMessage[]}).messages
}
