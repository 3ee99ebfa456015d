import type {ExprNode} from 'groq-js'
import {stringsOf, textIndexOf, textSource, type TextIndex, type TextSource} from '../views/textIndex'
import type {View} from '../views/view'
import {pathOf} from './ast'
import {patternOf, termScore as importedTermScore, tokenize as importedTokenize} from './semantics/textTokens'

// Local bindings for names used per document: once tsx compiles this to CommonJS, an imported
// name is read through a getter on every use.
const termScore = importedTermScore
const tokenize = importedTokenize

/**
 * `left match <constant>` decided exactly, and scored as `score()` scores it, for a left side of
 * indexable text: `title`, `pt::text(body)`, or an array literal of those (`[title, dek,
 * pt::text(body)]`, whose tokens are those of each element that is a string). A document of the
 * view is answered from the view's text indexes; any other object (a projected row, no view) by
 * tokenising it here, which gives the same answer, only slower.
 */
type Doc = Record<string, unknown>

interface Element {
  source: TextSource
  /** An element of an array literal: only a string value has tokens. */
  onlyStrings: boolean
}

export interface TextMatch {
  matches(doc: Doc): boolean
  score(doc: Doc): number
}

/** Null when the left side is not indexable text or the pattern is not a constant. */
export function compileTextMatch(node: ExprNode, view?: View): TextMatch | null {
  if (node.type !== 'OpCall' || node.op !== 'match') return null
  const elements = elementsOf(node.left)
  let right = node.right
  while (right.type === 'Group') right = right.base
  if (!elements || right.type !== 'Value') return null
  const {regexes, success} = patternOf(right.value)
  // No term, a non-string term, or no text at all (`[] match …`): false and 0 for every document.
  if (!success || regexes.length === 0 || elements.length === 0) return {matches: () => false, score: () => 0}
  const freqs = new Float64Array(regexes.length)
  const frequencies = view
    ? indexedFrequencies(elements, regexes, view)
    : (doc: Doc, out: Float64Array) => scannedFrequencies(doc, elements, regexes, out)
  return {
    matches: (doc) => {
      frequencies(doc, freqs)
      for (let i = 0; i < freqs.length; i++) if (freqs[i] === 0) return false
      return true
    },
    score: (doc) => {
      frequencies(doc, freqs)
      // Summed in groq-js's order: float addition is not associative.
      let score = 0
      for (let i = 0; i < freqs.length; i++) score += termScore(freqs[i])
      return score
    },
  }
}

function elementsOf(left: ExprNode): Element[] | null {
  while (left.type === 'Group') left = left.base
  if (left.type === 'Array') {
    const elements: Element[] = []
    for (const e of left.elements) {
      const source = e.isSplat ? null : textSourceOf(e.value)
      if (!source) return null
      elements.push({source, onlyStrings: true})
    }
    return elements
  }
  const source = textSourceOf(left)
  return source ? [{source, onlyStrings: false}] : null
}

/**
 * Per pattern term, how many of the document's tokens it matches, written to `out`: from the
 * indexes for documents they hold, by tokenising the element otherwise (a document without
 * tokens there costs nothing; one not of the view is answered slowly but exactly).
 */
function indexedFrequencies(elements: Element[], regexes: RegExp[], view: View): (doc: Doc, out: Float64Array) => void {
  // Built on the first document asked about, not when the query is planned.
  let indexes: TextIndex[] = []
  let generations: number[] = []
  /** counts[element][term]: per slot of that element's index. */
  let counts: Int32Array[][] = []
  return (doc, out) => {
    if (indexes.length === 0) indexes = elements.map((e) => textIndexOf(view, e.source))
    // Writes between calls (a marker resolved later in the query) bump the generations.
    if (indexes.some((index, i) => index.generation !== generations[i])) {
      generations = indexes.map((index) => index.generation)
      counts = indexes.map((index, i) => regexes.map((re) => index.counts(re, elements[i].onlyStrings)))
    }
    out.fill(0)
    for (let e = 0; e < elements.length; e++) {
      const slot = indexes[e].slot(doc)
      if (slot === undefined) addScanned(doc, [elements[e]], regexes, out)
      else for (let t = 0; t < regexes.length; t++) out[t] += counts[e][t][slot]
    }
  }
}

/** The same frequencies, by tokenising the document as groq-js does. */
function scannedFrequencies(doc: Doc, elements: Element[], regexes: RegExp[], out: Float64Array): void {
  out.fill(0)
  addScanned(doc, elements, regexes, out)
}

function addScanned(doc: Doc, elements: Element[], regexes: RegExp[], out: Float64Array): void {
  for (const {source, onlyStrings} of elements) {
    const {strings, isString} = stringsOf(doc, source)
    if (onlyStrings && !isString) continue
    for (const s of strings) {
      for (const token of tokenize(s)) {
        for (let t = 0; t < regexes.length; t++) if (regexes[t].test(token)) out[t]++
      }
    }
  }
}

/** `a.b.c` or `pt::text(a.b.c)` read from the element itself; anything else is not indexable. */
export function textSourceOf(node: ExprNode): TextSource | null {
  if (node.type === 'Group') return textSourceOf(node.base)
  if (node.type === 'FuncCall' && node.namespace === 'pt' && node.name === 'text' && node.args.length === 1) {
    const path = pathOf(node.args[0])
    return path && textSource(path, true)
  }
  const path = pathOf(node)
  return path && textSource(path, false)
}
