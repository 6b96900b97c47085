/**
 * One fill colour per community (社区/村), so neighbouring communities read apart.
 * Hues step by the golden angle: consecutive communities (grids come sorted by code,
 * so neighbours are usually consecutive) get far-apart hues, for any number of them.
 */
export function communityColours(communityNames: Iterable<string>): Map<string, string> {
  const colours = new Map<string, string>();
  for (const name of communityNames) {
    if (colours.has(name)) continue;
    const index = colours.size;
    const hue = (200 + index * 137.508) % 360;
    const lightness = index % 2 === 0 ? 72 : 64;
    colours.set(name, `hsl(${hue.toFixed(1)}, 62%, ${lightness}%)`);
  }
  return colours;
}
