/** Shown to editors in draft mode, so a preview is never mistaken for the published page. */
export function PreviewBar() {
  return (
    <div className="preview-bar" role="status">
      <strong>Preview — not published.</strong> You are seeing drafts.{' '}
      <a href="/api/draft-mode/disable">Exit preview</a>
    </div>
  )
}
