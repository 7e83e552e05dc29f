// Bangla UI strings: the default language of the page.
export const bn = {
  appTitle: 'ডকার পাঠশালা',
  tagline: 'ব্রাউজারেই হাতে-কলমে ডকার শিখুন',
  switchLang: 'English',
  switchLangTitle: 'Switch the page to English',
  panelLesson: 'পাঠ',
  panelTerminal: 'টার্মিনাল',
  panelViews: 'দৃশ্য',
  collapse: 'লুকান',
  expand: 'দেখান',
  resize: 'প্যানেলের মাপ বদলান',
  welcomeTitle: 'স্বাগতম!',
  welcomeIntro:
    'ডকার পাঠশালায় আপনাকে স্বাগতম। এখানে ব্রাউজারের ভেতরেই আসল ডকার কমান্ড লিখে ডকার শিখবেন — কিছুই ইনস্টল করতে হবে না।',
  welcomeTry: 'টার্মিনালে ক্লিক করুন, নিচের কমান্ডটি লিখে Enter চাপুন:',
  welcomeSoon: 'ধাপে ধাপে পাঠগুলো শিগগিরই এখানে আসবে।',
  banglaNoteTitle: 'টার্মিনাল শুধু কমান্ড বোঝে',
  banglaNoteBody:
    'টার্মিনালে বাংলা লেখা চলবে না। এখানে ইংরেজি অক্ষরে ডকার বা শেলের কমান্ড লিখুন, যেমন docker ps',
  dismiss: 'ঠিক আছে',
  viewsPlaceholder: 'এখানে কন্টেইনার, ইমেজ আর নেটওয়ার্কের ছবি দেখা যাবে।',
  recentEvents: 'সাম্প্রতিক ঘটনা',
  noEvents: 'এখনো কিছু ঘটেনি।',
  terminalLabel: 'ডকার টার্মিনাল',
} as const;

export type StringKey = keyof typeof bn;
export type Strings = Record<StringKey, string>;
