// Known Docker errors → a short explanation for the lesson panel. The terminal keeps Docker's own
// text; this only reads the last command's stderr. Patterns cover both eras' wording (Docker 18.03
// and 29 capitalise and phrase several messages differently). The first match wins, so the more
// specific patterns come first.
import type { Bilingual } from './lessonTypes';

export interface ErrorHint {
  id: string;
  pattern: RegExp;
  text: Bilingual;
}

export const ERROR_HINTS: readonly ErrorHint[] = [
  {
    id: 'name-in-use',
    pattern: /The container name "\/?[^"]+" is already in use/,
    text: {
      bn: 'এই নামে একটি কন্টেইনার আগে থেকেই আছে (চালু বা বন্ধ)। অন্য নাম দিন, অথবা পুরোনোটিকে docker rm দিয়ে সরিয়ে নিন।',
      en: 'A container with this name already exists (running or stopped). Pick another name, or remove the old one with docker rm.',
    },
  },
  {
    id: 'port-allocated',
    pattern: /port is already allocated|address already in use/i,
    text: {
      bn: 'হোস্টের এই পোর্টটি আরেকটি কন্টেইনার আগেই নিয়ে রেখেছে। -p তে হোস্টের দিকে অন্য পোর্ট দিন, অথবা আগের কন্টেইনারটি থামান।',
      en: 'Another container already holds this host port. Publish on another host port with -p, or stop the other container.',
    },
  },
  {
    id: 'rm-running',
    pattern: /cannot remove (a running container|container "[^"]*": container is running)/i,
    text: {
      bn: 'চালু কন্টেইনার মোছা যায় না। আগে docker stop দিয়ে থামান, অথবা docker rm -f দিয়ে জোর করে মুছুন।',
      en: 'A running container cannot be removed. Stop it first with docker stop, or force it with docker rm -f.',
    },
  },
  {
    id: 'no-such-container',
    pattern: /No such container: \S+/,
    text: {
      bn: 'এই নাম বা আইডির কোনো কন্টেইনার নেই। docker ps -a দিয়ে নামগুলো দেখে নিন — বানান মিলছে তো?',
      en: 'No container has this name or id. List them with docker ps -a and check the spelling.',
    },
  },
  {
    id: 'no-such-image',
    pattern: /No such image|pull access denied|repository does not exist|manifest for \S+ not found|manifest unknown/i,
    text: {
      bn: 'এই ইমেজটি কম্পিউটারেও নেই, Docker Hub-এও পাওয়া গেল না। ইমেজের নাম আর ট্যাগ ঠিক আছে কিনা দেখুন।',
      en: 'This image is neither on the machine nor on Docker Hub. Check the image name and its tag.',
    },
  },
  {
    id: 'invalid-reference',
    pattern: /invalid reference format/,
    text: {
      bn: 'ইমেজের নাম ঠিকমতো লেখা হয়নি: নামে শুধু ছোট হাতের অক্ষর, সংখ্যা আর . _ - চলে, ট্যাগ বসে : এর পরে।',
      en: 'The image name is malformed: names take lowercase letters, digits and . _ - only, with the tag after a colon.',
    },
  },
  {
    id: 'network-not-found',
    pattern: /network \S+ not found|No such network/i,
    text: {
      bn: 'এই নামের কোনো নেটওয়ার্ক নেই। docker network ls দিয়ে দেখুন, দরকার হলে docker network create দিয়ে বানান।',
      en: 'No network has this name. Check with docker network ls, and create it with docker network create if needed.',
    },
  },
  {
    id: 'not-running',
    pattern: /[Cc]ontainer [0-9a-f]+ is not running/,
    text: {
      bn: 'কন্টেইনারটি বন্ধ আছে, তাই এর ভেতরে কিছু চালানো যাচ্ছে না। docker start দিয়ে আগে চালু করুন।',
      en: 'The container is stopped, so nothing can run inside it. Start it first with docker start.',
    },
  },
  {
    id: 'invalid-address',
    pattern: /invalid (CIDR address|IP address|ip address|IPv4 address|subnet)|Invalid (address|subnet|ip address)|no matching subnet|does not belong to any of this network/i,
    text: {
      bn: 'আইপি ঠিকানা বা সাবনেটটি ঠিক নয়। প্রতিটি ঘর ০–২৫৫ হতে হবে (যেমন 172.20.0.0/16), আর কন্টেইনারের আইপি নেটওয়ার্কের সাবনেটের ভেতরে থাকতে হবে।',
      en: 'The IP address or subnet is not valid. Each part must be 0–255 (like 172.20.0.0/16), and a container IP must lie inside the network\'s subnet.',
    },
  },
  {
    id: 'not-swarm-manager',
    pattern: /not a swarm manager/,
    text: {
      bn: 'এই মেশিনটি সোয়ার্মের ম্যানেজার নয়। আগে docker swarm init (বা ম্যানেজার হিসেবে join) করুন, তারপর সার্ভিস বা নোডের কমান্ড চালান।',
      en: 'This machine is not a swarm manager. Run docker swarm init (or join as a manager) before service or node commands.',
    },
  },
  {
    id: 'command-not-found',
    pattern: /: command not found|: not found$/m,
    text: {
      bn: 'শেল এই কমান্ডটি চেনে না। বানান দেখুন — অথবা হয়তো কমান্ডটি এই মেশিনে বা কন্টেইনারে ইনস্টল করা নেই।',
      en: 'The shell does not know this command. Check the spelling — or the program is not installed on this machine or in this container.',
    },
  },
];

/** The explanation for the last command's stderr, or null when it matches no known error. */
export function findErrorHint(stderr: string): ErrorHint | null {
  if (!stderr) return null;
  return ERROR_HINTS.find((hint) => hint.pattern.test(stderr)) ?? null;
}
