/**
 * Characters that put nothing on screen: white space, control and format characters (zero-width
 * space/joiners, BOM, bidi marks), default-ignorable code points (Hangul fillers, variation selectors,
 * tag characters), lone combining marks and the blank Braille pattern that is often used as an
 * "invisible" letter.
 */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{M}\u2800]/u;

/** True if the text shows at least one character a reader can see. */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}
