import type { Translation } from './translation.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** English (dates as en-GB writes them: "20 November 2023"), for readers outside China and for data users. */
export const en: Translation = {
  tag: 'en',
  name: 'English',
  language: 'en',
  groupThousands: true,
  punctuation: { colon: ': ', listSeparator: ', ', clauseSeparator: '; ', comma: ', ', open: ' (', close: ')' },
  date: (year, month, day) => `${day} ${MONTHS[month - 1]} ${year}`,
  year: (year) => year,
  rangeSeparator: ' – ',
};
