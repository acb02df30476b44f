// The keystroke-level model (Card, Moran and Newell, "The keystroke-level model for user performance time with
// interactive systems", CACM 23(7), 1980): a person's time for a task as the sum of the times of its physical and
// mental operators. It estimates what a practised person needs, not what a first-time user does; it is no substitute
// for timing people, and the guide's measurement says so.

/** Operator times in seconds (the paper's values; K for an average skilled typist, 40 words a minute). */
export const OPERATORS = {
  /** A keystroke. */
  K: 0.28,
  /** Pointing with the mouse at a target on the screen. */
  P: 1.1,
  /** Pressing and releasing a mouse button (a click). */
  BB: 0.2,
  /** Moving the hand between keyboard and mouse. */
  H: 0.4,
  /** Mentally preparing an action (deciding what to do next). */
  M: 1.35,
};

/** Keystrokes per Han character typed with a pinyin input method: the syllable's letters and choosing the candidate. */
export const KEYS_PER_HAN = 3;

/** Characters of Chinese read a minute when comparing a figure with its sentence (careful reading: the low end of 300–700). */
export const HAN_READ_PER_MINUTE = 300;

/** Counts the operators of a walk as it is done: `point()`, `type(text)`, `key()`, `read(text)`, `decide()`. */
export class KeystrokeModel {
  counts = { K: 0, P: 0, BB: 0, H: 0, M: 0 };
  readChars = 0;
  handOn = 'mouse';

  /** A decision, then a click on a target: M P BB (and H when the hand was on the keyboard). */
  click() {
    this.#hand('mouse');
    this.counts.M += 1;
    this.counts.P += 1;
    this.counts.BB += 1;
  }

  /** Typing `text` into a focused field: H when the hand was on the mouse, then K per Latin character, KEYS_PER_HAN per Han. */
  type(text) {
    this.#hand('keyboard');
    this.counts.M += 1;
    for (const char of text) this.counts.K += /\p{Script=Han}/u.test(char) ? KEYS_PER_HAN : 1;
  }

  /** `n` single keys (Tab, Ctrl+A, Ctrl+V counted as two). */
  key(n = 1) {
    this.#hand('keyboard');
    this.counts.K += n;
  }

  /** Reading `text` to compare a figure with what the report says. */
  read(text) {
    this.readChars += [...text].length;
  }

  /** The estimate in seconds: each operator's count times its time, and the reading. */
  seconds() {
    const operators = Object.entries(this.counts).reduce((sum, [operator, count]) => sum + count * OPERATORS[operator], 0);
    return operators + (this.readChars / HAN_READ_PER_MINUTE) * 60;
  }

  #hand(to) {
    if (this.handOn !== to) this.counts.H += 1;
    this.handOn = to;
  }
}
