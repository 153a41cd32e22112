// Unicode names (or, for controls, the name aliases of NameAliases.txt) of the characters that a
// policy's text may not hold or a terminal must not be sent.
const C0_NAMES = [
  'NULL',
  'START OF HEADING',
  'START OF TEXT',
  'END OF TEXT',
  'END OF TRANSMISSION',
  'ENQUIRY',
  'ACKNOWLEDGE',
  'BELL',
  'BACKSPACE',
  'CHARACTER TABULATION',
  'LINE FEED',
  'LINE TABULATION',
  'FORM FEED',
  'CARRIAGE RETURN',
  'SHIFT OUT',
  'SHIFT IN',
  'DATA LINK ESCAPE',
  'DEVICE CONTROL ONE',
  'DEVICE CONTROL TWO',
  'DEVICE CONTROL THREE',
  'DEVICE CONTROL FOUR',
  'NEGATIVE ACKNOWLEDGE',
  'SYNCHRONOUS IDLE',
  'END OF TRANSMISSION BLOCK',
  'CANCEL',
  'END OF MEDIUM',
  'SUBSTITUTE',
  'ESCAPE',
  'INFORMATION SEPARATOR FOUR',
  'INFORMATION SEPARATOR THREE',
  'INFORMATION SEPARATOR TWO',
  'INFORMATION SEPARATOR ONE',
];
const C1_NAMES = [
  'PADDING CHARACTER',
  'HIGH OCTET PRESET',
  'BREAK PERMITTED HERE',
  'NO BREAK HERE',
  'INDEX',
  'NEXT LINE',
  'START OF SELECTED AREA',
  'END OF SELECTED AREA',
  'CHARACTER TABULATION SET',
  'CHARACTER TABULATION WITH JUSTIFICATION',
  'LINE TABULATION SET',
  'PARTIAL LINE FORWARD',
  'PARTIAL LINE BACKWARD',
  'REVERSE LINE FEED',
  'SINGLE SHIFT TWO',
  'SINGLE SHIFT THREE',
  'DEVICE CONTROL STRING',
  'PRIVATE USE ONE',
  'PRIVATE USE TWO',
  'SET TRANSMIT STATE',
  'CANCEL CHARACTER',
  'MESSAGE WAITING',
  'START OF GUARDED AREA',
  'END OF GUARDED AREA',
  'START OF STRING',
  'SINGLE GRAPHIC CHARACTER INTRODUCER',
  'SINGLE CHARACTER INTRODUCER',
  'CONTROL SEQUENCE INTRODUCER',
  'STRING TERMINATOR',
  'OPERATING SYSTEM COMMAND',
  'PRIVACY MESSAGE',
  'APPLICATION PROGRAM COMMAND',
];
const BIDI_NAMES: Readonly<Record<number, string>> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** Tell whether a code point is a C0 control (U+0000–U+001F), DELETE (U+007F) or a C1 control (U+0080–U+009F). */
export function isControl(codePoint: number): boolean {
  return codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f);
}

/**
 * Tell whether a code point is a bidirectional embedding or override (U+202A–U+202E): they force
 * text to display in another order than it is stored ("Trojan Source", CVE-2021-42574) and are never
 * needed — Unicode recommends isolates instead (UAX #9).
 */
export function isBidiOverride(codePoint: number): boolean {
  return codePoint >= 0x202a && codePoint <= 0x202e;
}

/** Tell whether a code point is a bidirectional isolate (U+2066–U+2069) or mark (U+200E, U+200F, U+061C), which right-to-left text may need. */
export function isBidiIsolateOrMark(codePoint: number): boolean {
  return (codePoint >= 0x2066 && codePoint <= 0x2069) || codePoint === 0x200e || codePoint === 0x200f || codePoint === 0x061c;
}

/** Tell whether a code point is not a character at all: a surrogate on its own, or U+FFFE, U+FFFF (XML cannot carry them). */
export function isNonCharacter(codePoint: number): boolean {
  return (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint === 0xfffe || codePoint === 0xffff;
}

/**
 * Tell whether a code point must not reach a terminal as it is: a control (a terminal acts on it —
 * clears the screen, moves the cursor, writes the clipboard), a bidirectional formatting character
 * (reorders what is shown), a line or paragraph separator, or a non-character.
 */
export function isUnsafeForTerminal(codePoint: number): boolean {
  return (
    isControl(codePoint) ||
    isBidiOverride(codePoint) ||
    isBidiIsolateOrMark(codePoint) ||
    codePoint === 0x2028 ||
    codePoint === 0x2029 ||
    isNonCharacter(codePoint)
  );
}

/** Name a code point as `U+XXXX NAME`, e.g. `U+202E RIGHT-TO-LEFT OVERRIDE` or `U+001B ESCAPE`. */
export function describeCodePoint(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    codePoint <= 0x1f
      ? C0_NAMES[codePoint]
      : codePoint === 0x7f
        ? 'DELETE'
        : codePoint >= 0x80 && codePoint <= 0x9f
          ? C1_NAMES[codePoint - 0x80]
          : codePoint >= 0xd800 && codePoint <= 0xdfff
            ? 'UNPAIRED SURROGATE'
            : codePoint === 0xfffe || codePoint === 0xffff
              ? 'NONCHARACTER'
              : codePoint === 0x2028
                ? 'LINE SEPARATOR'
                : codePoint === 0x2029
                  ? 'PARAGRAPH SEPARATOR'
                  : BIDI_NAMES[codePoint];
  return name === undefined ? hex : `${hex} ${name}`;
}
