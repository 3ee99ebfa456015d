import Database from 'better-sqlite3'
import {EventEmitter} from 'node:events'
import {mkdirSync} from 'node:fs'
import {dirname} from 'node:path'
import type {DocumentChange, LakeDocument, Transaction} from '../types'

/**
 * Durable document storage. SQLite (WAL, synchronous=FULL) is the source of truth, so a write
 * acknowledged to a client survives `kill -9`; every document is also held in memory because the
 * GROQ evaluator works on in-memory arrays.
 */
export class LakeStore extends EventEmitter {
  private readonly db: Database.Database
  private readonly docs = new Map<string, LakeDocument>()
  /** Bumped on every commit; lets readers cache views of the dataset. */
  version = 0

  constructor(file: string) {
    super()
    // One listener per view set, webhook sender and open Studio `listen` stream: more than ten is normal.
    this.setMaxListeners(0)
    if (file !== ':memory:') mkdirSync(dirname(file), {recursive: true})
    this.db = new Database(file)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = FULL')
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS documents (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, rev TEXT NOT NULL, body TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS transactions (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, timestamp TEXT NOT NULL,
        author TEXT NOT NULL, changes TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS assets (
        id TEXT PRIMARY KEY, mime_type TEXT NOT NULL, data BLOB NOT NULL);
      CREATE TABLE IF NOT EXISTS transaction_documents (
        doc_id TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (doc_id, seq)) WITHOUT ROWID;
    `)
    for (const row of this.db.prepare('SELECT body FROM documents').iterate() as Iterable<{body: string}>) {
      const doc = JSON.parse(row.body) as LakeDocument
      this.docs.set(doc._id, doc)
    }
  }

  get size(): number {
    return this.docs.size
  }

  get(id: string): LakeDocument | undefined {
    return this.docs.get(id)
  }

  all(): IterableIterator<LakeDocument> {
    return this.docs.values()
  }

  hasTransaction(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM transactions WHERE id = ?').get(id) !== undefined
  }

  /** Writes all changes and the log entry in one SQLite transaction: all of it or none of it. */
  commit(tx: Transaction): void {
    const upsert = this.db.prepare(
      'INSERT INTO documents (id, type, rev, body) VALUES (?, ?, ?, ?) ' +
        'ON CONFLICT(id) DO UPDATE SET type = excluded.type, rev = excluded.rev, body = excluded.body',
    )
    const remove = this.db.prepare('DELETE FROM documents WHERE id = ?')
    const log = this.db.prepare('INSERT INTO transactions (id, timestamp, author, changes) VALUES (?, ?, ?, ?)')
    const touched = this.db.prepare('INSERT OR IGNORE INTO transaction_documents (doc_id, seq) VALUES (?, ?)')
    this.db.transaction((changes: DocumentChange[]) => {
      for (const {id, after} of changes) {
        if (after) upsert.run(id, after._type, after._rev ?? tx.id, JSON.stringify(after))
        else remove.run(id)
      }
      const {lastInsertRowid} = log.run(tx.id, tx.timestamp, tx.author, JSON.stringify(changes))
      if (this.historyIndexed) for (const {id} of changes) touched.run(id, lastInsertRowid)
    })(tx.changes)
    for (const {id, after} of tx.changes) {
      if (after) this.docs.set(id, after)
      else this.docs.delete(id)
    }
    this.version++
    this.emit('transaction', tx)
  }

  /** The log, oldest first, for history and for replaying listener events. */
  transactions(afterSeq = 0, limit = 1000): Array<Transaction & {seq: number}> {
    const rows = this.db
      .prepare('SELECT seq, id, timestamp, author, changes FROM transactions WHERE seq > ? ORDER BY seq LIMIT ?')
      .all(afterSeq, limit) as Array<{seq: number; id: string; timestamp: string; author: string; changes: string}>
    return rows.map((r) => ({...r, changes: JSON.parse(r.changes) as DocumentChange[]}))
  }

  /**
   * The log entries that changed any of `ids`, oldest first, between two sequence numbers
   * (inclusive). With `onlyThese`, each entry's changes are cut to those documents inside SQLite:
   * an import's entry holds thousands of whole documents, too many to parse for one. The index
   * of which transaction touched which document is built on first use for logs written before
   * it existed, then kept per commit.
   */
  transactionsTouching(
    ids: string[],
    {fromSeq = 0, toSeq = Number.MAX_SAFE_INTEGER, onlyThese = false} = {},
  ): Array<Transaction & {seq: number}> {
    this.indexHistory()
    if (ids.length === 0) return []
    const list = ids.map(() => '?').join(',')
    const changes = onlyThese
      ? `(SELECT json_group_array(json(c.value)) FROM json_each(t.changes) c
          WHERE json_extract(c.value, '$.id') IN (${list}))`
      : 't.changes'
    const rows = this.db
      .prepare(
        `SELECT t.seq, t.id, t.timestamp, t.author, ${changes} AS changes FROM transactions t
         WHERE t.seq IN (SELECT seq FROM transaction_documents WHERE doc_id IN (${list}) AND seq BETWEEN ? AND ?)
         ORDER BY t.seq`,
      )
      .all(...(onlyThese ? ids : []), ...ids, fromSeq, toSeq) as Array<{
      seq: number
      id: string
      timestamp: string
      author: string
      changes: string
    }>
    return rows.map((r) => ({...r, changes: JSON.parse(r.changes) as DocumentChange[]}))
  }

  /** The sequence number of a transaction id, if it is in the log. */
  seqOfTransaction(id: string): number | undefined {
    return (this.db.prepare('SELECT seq FROM transactions WHERE id = ?').get(id) as {seq: number} | undefined)?.seq
  }

  private historyIndexed = false

  private indexHistory(): void {
    if (this.historyIndexed) return
    const indexed = this.db.prepare('SELECT max(seq) AS seq FROM transaction_documents').get() as {seq: number | null}
    const insert = this.db.prepare('INSERT OR IGNORE INTO transaction_documents (doc_id, seq) VALUES (?, ?)')
    const page = this.db.prepare('SELECT seq, changes FROM transactions WHERE seq > ? ORDER BY seq LIMIT 50')
    // In pages: an import's log entries hold whole documents, and a large archive's log is its size again.
    for (let after = indexed.seq ?? 0; ;) {
      const rows = page.all(after) as Array<{seq: number; changes: string}>
      if (rows.length === 0) break
      this.db.transaction(() => {
        for (const row of rows) for (const {id} of JSON.parse(row.changes) as DocumentChange[]) insert.run(id, row.seq)
      })()
      after = rows[rows.length - 1].seq
    }
    this.historyIndexed = true
  }

  putAsset(id: string, mimeType: string, data: Buffer): void {
    this.db.prepare('INSERT OR IGNORE INTO assets (id, mime_type, data) VALUES (?, ?, ?)').run(id, mimeType, data)
  }

  getAsset(id: string): {mimeType: string; data: Buffer} | undefined {
    const row = this.db.prepare('SELECT mime_type, data FROM assets WHERE id = ?').get(id) as
      {mime_type: string; data: Buffer} | undefined
    return row && {mimeType: row.mime_type, data: row.data}
  }

  close(): void {
    this.db.close()
  }
}
