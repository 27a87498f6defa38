// The band buckets of every article in the project, in memory for the length of an import, so
// finding candidates costs a few map lookups instead of a query per band.
export class LshIndex {
  private readonly bands: Map<string, number[]>[] = [];

  add(articleId: number, buckets: string[]): void {
    buckets.forEach((bucket, band) => {
      const map = (this.bands[band] ??= new Map());
      const ids = map.get(bucket);
      if (ids) ids.push(articleId);
      else map.set(bucket, [articleId]);
    });
  }

  /**
   * Articles sharing at least one bucket, most shared first. The number of shared bands estimates
   * similarity (about BANDS * J^ROWS), so the best candidates come first and few need verifying.
   */
  candidates(buckets: string[], limit: number): number[] {
    const shared = new Map<number, number>();
    buckets.forEach((bucket, band) => {
      for (const id of this.bands[band]?.get(bucket) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    });
    return [...shared.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([id]) => id);
  }
}
