// Colours for series drawn side by side (a breakdown's layers and rows):
// the Tableau 10 palette, chosen to be told apart, in rank order.

const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#86bcb6'] as const;

/** What is summed into "other": grey, apart from every ranked colour. */
export const OTHER_SERIES_COLOR = '#c9ced6';

export function seriesColor(rank: number): string {
  return PALETTE[rank % PALETTE.length]!;
}
