const STRONG = /[\p{L}\p{Nl}]/u;
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;

/** Whether a text runs right to left: its first strong letter decides, as `dir="auto"` does in a browser. */
export function isRightToLeft(text: string): boolean {
  for (const char of text) if (STRONG.test(char)) return RIGHT_TO_LEFT.test(char);
  return false;
}
