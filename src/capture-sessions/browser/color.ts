// Colour arithmetic for the notice's contrast ratio: CSS colours as computed styles give them, alpha compositing
// (a half-transparent background shows what is behind it), and the WCAG 2 relative luminance and contrast ratio.
// Pure (no DOM), so the workerd tests check it directly.

export interface Rgba {
	/** 0..255 */
	r: number;
	g: number;
	b: number;
	/** 0..1 */
	a: number;
}

export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/**
 * Parses the forms getComputedStyle returns for colours in sRGB: `rgb(r, g, b)`, `rgba(r, g, b, a)`, the space
 * separated `rgb(r g b / a)`, `transparent` and `#rgb`/`#rrggbb`. Anything else (oklch(), color(display-p3 …))
 * is undefined, and the caller converts it through a canvas.
 */
export function parseCssColor(text: string): Rgba | undefined {
	const value = text.trim().toLowerCase();
	if (value === "transparent") return { r: 0, g: 0, b: 0, a: 0 };
	const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value)?.[1];
	if (hex) {
		const full = hex.length === 3 ? [...hex].map((d) => d + d).join("") : hex;
		return {
			r: Number.parseInt(full.slice(0, 2), 16),
			g: Number.parseInt(full.slice(2, 4), 16),
			b: Number.parseInt(full.slice(4, 6), 16),
			a: 1,
		};
	}
	const match = /^rgba?\(\s*([^)]*)\)$/.exec(value);
	if (!match?.[1]) return undefined;
	const parts = match[1].split(/[\s,/]+/).filter(Boolean);
	if (parts.length < 3 || parts.length > 4) return undefined;
	const channel = (part: string) => (part.endsWith("%") ? (Number.parseFloat(part) * 255) / 100 : Number(part));
	const alpha = (part: string | undefined) =>
		part === undefined ? 1 : part.endsWith("%") ? Number.parseFloat(part) / 100 : Number(part);
	const [r, g, b, a] = [channel(parts[0] ?? ""), channel(parts[1] ?? ""), channel(parts[2] ?? ""), alpha(parts[3])];
	if (![r, g, b, a].every(Number.isFinite)) return undefined;
	return { r, g, b, a: Math.min(1, Math.max(0, a)) };
}

/** `top` painted over an opaque `bottom` ("source over"). */
export function over(top: Rgba, bottom: Rgba): Rgba {
	const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
	return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG 2 relative luminance of an opaque sRGB colour. */
export function relativeLuminance({ r, g, b }: Rgba): number {
	const linear = (channel: number) => {
		const c = channel / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of text over a background, 1 to 21; a translucent text colour is composited first. */
export function contrastRatio(text: Rgba, background: Rgba): number {
	const opaqueBackground = background.a < 1 ? over(background, WHITE) : background;
	const shown = text.a < 1 ? over(text, opaqueBackground) : text;
	const [light, dark] = [relativeLuminance(shown), relativeLuminance(opaqueBackground)].sort((x, y) => y - x) as [
		number,
		number,
	];
	return (light + 0.05) / (dark + 0.05);
}
