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
  exportScript: 'স্ক্রিপ্ট হিসেবে নামান',
  exportTitle: 'সেশনের docker কমান্ডগুলো একটি শেল স্ক্রিপ্টে — আসল মেশিনে চালানোর জন্য',
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
  exportScript: 'Download as a script',
  exportTitle: 'The session’s docker commands as a shell script, to run on a real machine',
};

export const CLASSROOM_STRINGS = { bn, en };

export function useClassroomStrings(): ClassroomStrings {
  return CLASSROOM_STRINGS[useAppStore((state) => state.ui.lang)];
}
