/** Stands in the village until the Phaser scene arrives. */
export function VillageCaption() {
  return (
    <section
      className="pixel-frame w-full max-w-[560px] px-[22px] pt-4 pb-[18px]"
      aria-label="Village"
    >
      <h1 className="mb-1.5 text-sm font-bold tracking-[0.08em] text-gold uppercase">
        The village sleeps
      </h1>
      <p className="text-[13px]">Seraph keeps watch. The streets are still being laid.</p>
    </section>
  );
}
