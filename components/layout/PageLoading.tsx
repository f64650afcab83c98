export function PageLoading() {
  return (
    <div className="page" aria-busy="true">
      <p className="muted" role="status">
        Loading…
      </p>
    </div>
  );
}
