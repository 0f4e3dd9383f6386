export function ComingSoonPage({ area, text }: { area: string; text: string }) {
  return (
    <section aria-labelledby="area-title">
      <h1 id="area-title">{area}</h1>
      <p className="lead">{text}</p>
      <p className="hint">This area is being built.</p>
    </section>
  );
}
