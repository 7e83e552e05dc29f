/** `{name}` placeholders filled in. */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

// Strings of the classroom tools (sharing, export, presenter mode), both languages; they travel in
// the tools' lazy chunks.
import { useAppStore } from '../useAppStore';

const bn = {
  share: 'শেয়ার',
  shareTitle: 'এই সেশনের লিংক ও QR কোড',
  shareHeading: 'সেশন শেয়ার করুন',
  shareBody: 'এই লিংক খুললে ঠিক এই অবস্থাটি আবার তৈরি হয় — একই কমান্ড, একই ফলাফল। লিংকের তথ্য কোনো সার্ভারে যায় না।',
  shareLinkLabel: 'শেয়ার লিংক',
  copy: 'কপি করুন',
  copied: 'কপি হয়েছে',
  close: 'বন্ধ করুন',
  making: 'লিংক তৈরি হচ্ছে…',
  cannotShare: 'এই সেশনের শুরুটা আবার তৈরি করা যায় না (যেমন পেজ রিলোডের পরে)। নতুন সেশন বা কোনো পাঠ শুরু করে তারপর শেয়ার করুন।',
  qrLabel: 'শেয়ার লিংকের QR কোড',
  qrTooLong: 'সেশনটি QR কোডের জন্য বেশি লম্বা; লিংকটি কপি করে পাঠান।',
  openedShared: 'শেয়ার করা সেশন খোলা হয়েছে।',
  refusedShared: 'শেয়ার লিংকটি সঠিক নয়, তাই খোলা হয়নি। আপনার আগের সেশন যেমন ছিল তেমনই আছে।',
  unknownLessonShared: 'লিংকের পাঠটি এই সংস্করণে নেই, তাই লিংকটি খোলা হয়নি।',
  refusedDemo: 'লিংকের ডেমো স্ক্রিপ্টটি সঠিক নয়, তাই খোলা হয়নি।',
  exportScript: 'স্ক্রিপ্ট হিসেবে নামান',
  exportTitle: 'সেশনের docker কমান্ডগুলো একটি শেল স্ক্রিপ্টে — আসল মেশিনে চালানোর জন্য',
  presenter: 'প্রেজেন্টার',
  presenterTitle: 'প্রজেক্টরের জন্য বড় লেখা ও উঁচু কনট্রাস্ট (Ctrl+Alt+P)',
  demo: 'ডেমো',
  demoTitle: 'একটি ডেমো স্ক্রিপ্ট খুলুন: ধাপে ধাপে কমান্ড, বাংলা ক্যাপশনসহ',
  demoOpenFile: 'ফাইল থেকে ডেমো খুলুন',
  demoFromLesson: 'খোলা পাঠের সমাধান ডেমো হিসেবে',
  demoBadFile: 'ডেমো স্ক্রিপ্টের {line} নম্বর লাইন বোঝা গেল না: {text}',
  demoStart: '→ চাপলে প্রথম কমান্ডটি টাইপ হবে।',
  demoNext: 'পরের ধাপ →',
  demoRunNow: 'চালান ⏎',
  demoProgress: 'ধাপ {n} / {total}',
  demoDone: 'ডেমো শেষ।',
  demoPredict: 'আগে অনুমান, পরে চালানো',
  demoPredictWaiting: 'কী হবে বলে মনে হয়? অনুমান করুন, তারপর → চাপুন।',
  demoAuto: 'স্বয়ংক্রিয়',
  demoStop: 'থামান',
  demoDelay: 'বিরতি',
  demoClose: 'ডেমো বন্ধ',
  cheatSheetTitle: 'কিবোর্ড শর্টকাট',
  cheatSheetHint: 'শর্টকাটের তালিকা (?)',
  keys: [
    ['?', 'এই তালিকা (টার্মিনালের বাইরে)'],
    ['Ctrl+Z', 'পূর্বাবস্থা: শেষ কমান্ডের আগে (টার্মিনালের বাইরে)'],
    ['Ctrl+Shift+Z / Ctrl+Y', 'পুনরায় (টার্মিনালের বাইরে)'],
    ['← →', 'সময়রেখায় এক ধাপ (সময়রেখায় ফোকাস থাকলে)'],
    ['Ctrl+Alt+P', 'প্রেজেন্টার মোড চালু/বন্ধ'],
    ['→ / PageDown / Ctrl+Alt+N', 'ডেমোর পরের ধাপ, বা অনুমানের পরে চালানো'],
    ['Ctrl+Alt+A', 'ডেমো স্বয়ংক্রিয় চালানো শুরু/বন্ধ'],
    ['Ctrl+Alt+R', '“আগে অনুমান, পরে চালানো” চালু/বন্ধ'],
    ['Ctrl+Alt+T', 'টার্মিনালে ফোকাস'],
    ['Ctrl+Alt+L', 'সময়রেখায় ফোকাস'],
    ['Esc', 'ডায়ালগ বন্ধ'],
  ] as [string, string][],
};

export type ClassroomStrings = typeof bn;

const en: ClassroomStrings = {
  share: 'Share',
  shareTitle: 'A link and QR code of this session',
  shareHeading: 'Share this session',
  shareBody: 'Opening this link builds exactly this state again — the same commands, the same results. Nothing in the link goes to a server.',
  shareLinkLabel: 'Share link',
  copy: 'Copy',
  copied: 'Copied',
  close: 'Close',
  making: 'Making the link…',
  cannotShare: 'The start of this session cannot be made again (after a page reload, for example). Start a fresh session or a lesson, then share.',
  qrLabel: 'QR code of the share link',
  qrTooLong: 'This session is too long for a QR code; copy the link instead.',
  openedShared: 'The shared session is open.',
  refusedShared: 'The share link is not valid, so it was not opened. Your session is as it was.',
  unknownLessonShared: 'The link’s lesson is not in this version, so the link was not opened.',
  refusedDemo: 'The link’s demo script is not valid, so it was not opened.',
  exportScript: 'Download as a script',
  exportTitle: 'The session’s docker commands as a shell script, to run on a real machine',
  presenter: 'Presenter',
  presenterTitle: 'Large type and high contrast for a projector (Ctrl+Alt+P)',
  demo: 'Demo',
  demoTitle: 'Open a demo script: commands step by step, with captions',
  demoOpenFile: 'Open a demo file',
  demoFromLesson: 'The open lesson’s solution as a demo',
  demoBadFile: 'Line {line} of the demo script is not understood: {text}',
  demoStart: 'Press → to type the first command.',
  demoNext: 'Next step →',
  demoRunNow: 'Run ⏎',
  demoProgress: 'Step {n} / {total}',
  demoDone: 'The demo is over.',
  demoPredict: 'Predict, then run',
  demoPredictWaiting: 'What will happen? Guess, then press →.',
  demoAuto: 'Auto-play',
  demoStop: 'Stop',
  demoDelay: 'Delay',
  demoClose: 'Close demo',
  cheatSheetTitle: 'Keyboard shortcuts',
  cheatSheetHint: 'Shortcut list (?)',
  keys: [
    ['?', 'This list (outside the terminal)'],
    ['Ctrl+Z', 'Undo: back to before the last command (outside the terminal)'],
    ['Ctrl+Shift+Z / Ctrl+Y', 'Redo (outside the terminal)'],
    ['← →', 'One step along the timeline (when it has the focus)'],
    ['Ctrl+Alt+P', 'Presenter mode on/off'],
    ['→ / PageDown / Ctrl+Alt+N', 'Next demo step, or run after predicting'],
    ['Ctrl+Alt+A', 'Demo auto-play on/off'],
    ['Ctrl+Alt+R', '“Predict, then run” on/off'],
    ['Ctrl+Alt+T', 'Focus the terminal'],
    ['Ctrl+Alt+L', 'Focus the timeline'],
    ['Esc', 'Close a dialog'],
  ],
};

export const CLASSROOM_STRINGS = { bn, en };

export function useClassroomStrings(): ClassroomStrings {
  return CLASSROOM_STRINGS[useAppStore((state) => state.ui.lang)];
}
