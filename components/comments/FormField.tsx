import type {ReactNode} from 'react'

interface Props {
  id: string
  label: string
  hint?: string
  error?: string
  /** Receives the ids the control must list in aria-describedby. */
  children: (describedBy: string | undefined) => ReactNode
}

/** A labelled control with its hint and error linked for screen readers. */
export function FormField({id, label, hint, error, children}: Props) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>
        {label} <span aria-hidden="true">*</span>
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children(describedBy)}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
