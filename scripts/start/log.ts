/**
 * Log lines of `npm start`: every line carries a timestamp and the name of the process that wrote
 * it, on the terminal and in `.data/logs/<name>.log`, so a crash can be read after the fact.
 */
import {createWriteStream, mkdirSync, type WriteStream} from 'node:fs'
import {join, relative} from 'node:path'
import type {Readable} from 'node:stream'

export const LOG_DIR = '.data/logs'
const files = new Map<string, WriteStream>()

export function logFileOf(name: string): string {
  return relative(process.cwd(), join(LOG_DIR, `${name}.log`))
}

function fileFor(name: string): WriteStream {
  let file = files.get(name)
  if (!file) {
    mkdirSync(LOG_DIR, {recursive: true})
    file = createWriteStream(logFileOf(name), {flags: 'a'})
    files.set(name, file)
  }
  return file
}

export function log(name: string, line: string, stream: NodeJS.WriteStream = process.stdout): void {
  // Children already tag their own lines ("[lake] …"); one name per line is enough.
  const text = `${new Date().toISOString()} [${name}] ${line.replace(/^\[[\w -]+\] /, '')}`
  stream.write(text + '\n')
  fileFor(name).write(text + '\n')
}

/** Copies a child's output line by line, stamped. */
export function pipeLines(name: string, source: Readable, stream: NodeJS.WriteStream): void {
  let rest = ''
  source.setEncoding('utf8')
  source.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n')
    rest = lines.pop() ?? ''
    for (const line of lines) log(name, line, stream)
  })
  source.on('end', () => rest && log(name, rest, stream))
}

export function closeLogs(): Promise<void> {
  return Promise.all([...files.values()].map((file) => new Promise<void>((done) => file.end(done)))).then(
    () => undefined,
  )
}
