import type {DebateQuestions} from '@/lib/queries/body'

/** "Reflection & Debate": the open questions the piece leaves readers with. */
export function DebateQuestionsBlock({block, headingId}: {block: DebateQuestions; headingId: string}) {
  return (
    <section className="debate" aria-labelledby={headingId}>
      <h2 id={headingId} className="debate__title">
        {block.title ?? 'Reflection & Debate'}
      </h2>
      {block.prompt ? <p>{block.prompt}</p> : null}
      <ol className="debate__questions">
        {block.questions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ol>
    </section>
  )
}
