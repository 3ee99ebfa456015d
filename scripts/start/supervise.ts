/**
 * A child process that is restarted when it dies: backoff from 0.5 s doubling to 10 s, reset once
 * it has stayed up a while; after repeated fast crashes it gives up and says where its log is.
 * Each child is one node process (no wrapper), so `kill -9` of the process on the port is the end
 * of that process, and nothing is orphaned.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {log, logFileOf, pipeLines} from './log'

export interface SupervisedOptions {
  name: string
  /** The executable; node itself unless given (nginx and redis-server under `npm run cluster`). */
  command?: string
  args: string[]
  env: NodeJS.ProcessEnv
  /** Resolves once the new process answers (e.g. its port pings). */
  ready: () => Promise<void>
  /** Called when it has crashed too often to go on. */
  onGiveUp: (message: string) => void
}

const FIRST_BACKOFF_MS = 500
const MAX_BACKOFF_MS = 10_000
/** Up this long, a process counts as healthy again and the next crash starts the backoff anew. */
const STABLE_MS = 30_000
const MAX_FAST_CRASHES = 5

export class Supervised {
  private child: ChildProcess | null = null
  private stopping = false
  private fastCrashes = 0
  private backoffMs = FIRST_BACKOFF_MS
  private restartTimer: NodeJS.Timeout | null = null

  constructor(private readonly options: SupervisedOptions) {}

  async start(): Promise<void> {
    this.launch()
    await this.options.ready()
  }

  private launch(): void {
    const {name, command = process.execPath, args, env} = this.options
    const child = spawn(command, args, {env, stdio: ['ignore', 'pipe', 'pipe']})
    this.child = child
    const startedAt = Date.now()
    pipeLines(name, child.stdout!, process.stdout)
    pipeLines(name, child.stderr!, process.stderr)
    child.once('exit', (code, signal) => {
      this.child = null
      if (this.stopping) return
      const upMs = Date.now() - startedAt
      if (upMs > STABLE_MS) {
        this.fastCrashes = 0
        this.backoffMs = FIRST_BACKOFF_MS
      } else this.fastCrashes++
      if (this.fastCrashes >= MAX_FAST_CRASHES) {
        return this.options.onGiveUp(
          `${name} crashed ${this.fastCrashes} times within seconds of starting; stopping. Its log: ${logFileOf(name)}`,
        )
      }
      log('start', `${name} exited (${signal ?? code}); restarting in ${this.backoffMs / 1000} s`, process.stderr)
      this.restartTimer = setTimeout(() => {
        this.restartTimer = null
        this.launch()
        this.options.ready().then(
          () => log('start', `${name} is back`),
          (err: Error) => log('start', `${name} did not come back: ${err.message}`, process.stderr),
        )
      }, this.backoffMs)
      this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS)
    })
  }

  get alive(): boolean {
    return this.child !== null
  }

  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
  stop(graceMs: number): Promise<void> {
    this.stopping = true
    if (this.restartTimer) clearTimeout(this.restartTimer)
    const child = this.child
    if (!child) return Promise.resolve()
    return new Promise((done) => {
      const kill = setTimeout(() => child.kill('SIGKILL'), graceMs)
      child.once('exit', () => {
        clearTimeout(kill)
        done()
      })
      child.kill('SIGTERM')
    })
  }
}
