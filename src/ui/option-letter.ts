/** The letter a choice is shown and voted with (A, B, C…), the same on the phone, the wall and the presenter's screen. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}
