// English UI strings, for the language toggle. Same keys as bn.ts.
import type { Strings } from './bn';

export const en: Strings = {
  appTitle: 'Docker Pathshala',
  tagline: 'Learn Docker hands-on, right in your browser',
  switchLang: 'বাংলা',
  switchLangTitle: 'পাতাটি বাংলায় দেখুন',
  panelLesson: 'Lesson',
  panelTerminal: 'Terminal',
  panelViews: 'Views',
  collapse: 'Hide',
  expand: 'Show',
  resize: 'Resize panels',
  welcomeTitle: 'Welcome!',
  welcomeIntro:
    'Welcome to Docker Pathshala. Here you learn Docker by typing real docker commands inside your browser — nothing to install.',
  welcomeTry: 'Click the terminal, type the command below and press Enter:',
  welcomeSoon: 'Step-by-step lessons will appear here soon.',
  banglaNoteTitle: 'The terminal only takes commands',
  banglaNoteBody: 'Bangla text does not work in the terminal. Type docker or shell commands in English letters, e.g. docker ps',
  dismiss: 'OK',
  viewsPlaceholder: 'Containers, images and networks will be drawn here.',
  recentEvents: 'Recent events',
  noEvents: 'Nothing has happened yet.',
  terminalLabel: 'Docker terminal',
};
