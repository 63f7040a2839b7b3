/**
 * SVG → PNG, offline and identical on every machine: resvg (`@resvg/resvg-js`, prebuilt native binary shipped
 * in its npm package) with the bundled Noto Sans (`@expo-google-fonts/noto-sans`, SIL Open Font License 1.1),
 * system fonts never read. Word shows the PNG; the SVG goes beside it. The native module is loaded on first use.
 */
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const require = createRequire(import.meta.url);
let native: typeof import('@resvg/resvg-js') | undefined;
const resvg = () => (native ??= require('@resvg/resvg-js') as typeof import('@resvg/resvg-js'));

let fontFiles: string[] | undefined;

function fonts(): string[] {
  if (fontFiles) return fontFiles;
  const dir = path.dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
  return (fontFiles = ['400Regular/NotoSans_400Regular.ttf', '700Bold/NotoSans_700Bold.ttf', '400Regular_Italic/NotoSans_400Regular_Italic.ttf'].map((f) => path.join(dir, f)));
}

const options = (scale: number): ResvgRenderOptions => ({
  fitTo: { mode: 'zoom', value: scale },
  background: '#ffffff',
  font: { loadSystemFonts: false, fontFiles: fonts(), defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans', serifFamily: 'Noto Sans', monospaceFamily: 'Noto Sans' },
});

export interface Png {
  png: Buffer;
  width: number;
  height: number;
}

/** The picture at `scale` × its CSS pixel size (2 = 192 dpi when placed at its natural size). */
export function svgToPng(svg: string, scale = 2): Png {
  const img = new (resvg().Resvg)(svg, options(scale)).render();
  return { png: img.asPng(), width: img.width, height: img.height };
}

/** The same, rendered on a worker thread of libuv: several pictures render at once on several cores. */
export async function svgToPngAsync(svg: string, scale = 2): Promise<Png> {
  const img = await resvg().renderAsync(svg, options(scale));
  return { png: img.asPng(), width: img.width, height: img.height };
}
