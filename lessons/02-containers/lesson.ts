// Lesson 2: one kernel, many user spaces. Goals read images, containers, the processes the host
// kernel runs for a container, and a container's writable layer.
import type { Lesson } from '../../src/lessons/lessonTypes';
import { container, hasImage, isRunning, missing, runningFromImage } from '../../src/lessons/goalKit';
import { findImage } from '../../src/engine/images';
import { containerProcesses } from '../../src/engine/queries';
import { meta } from './meta';

const NOTE = 'note.txt';

export const lesson: Lesson = {
  ...meta,
  setup: [],
  goals: [
    {
      id: 'alpine-image',
      text: { bn: 'alpine ইমেজটি কম্পিউটারে নামিয়ে আনুন', en: 'Bring the alpine image onto the machine' },
      hint: { bn: 'Docker Hub থেকে ইমেজ আনে docker pull।', en: 'docker pull fetches an image from Docker Hub.' },
      check(world, { host }) {
        return hasImage(world, host, 'alpine') || missing('alpine ইমেজটি এখনো এই মেশিনে নেই।', 'The alpine image is not on this machine yet.');
      },
    },
    {
      id: 'box1-running',
      text: { bn: 'alpine থেকে box1 নামে একটি কন্টেইনার চালু রাখুন', en: 'Keep a container box1, made from alpine, running' },
      hint: {
        bn: 'docker run -d --name box1 alpine sleep 100000 — sleep কন্টেইনারটিকে জাগিয়ে রাখে, -d তাকে পেছনে চালায়।',
        en: 'docker run -d --name box1 alpine sleep 100000 — sleep keeps it up, -d runs it in the background.',
      },
      check(world, { host }) {
        const c = container(world, host, 'box1');
        if (!c) return missing('box1 নামে কোনো কন্টেইনার এখনো নেই।', 'There is no container named box1 yet.');
        if (c.imageId !== findImage(world, host, 'alpine')?.id) return missing('box1 আছে, কিন্তু alpine ইমেজ থেকে বানানো নয়।', 'box1 exists, but it was not made from alpine.');
        if (!isRunning(c)) return missing('box1 আছে, কিন্তু চালু নেই — ভেতরের প্রোগ্রাম শেষ হয়ে গেছে।', 'box1 exists but is not running — its program has ended.');
        return true;
      },
    },
    {
      id: 'box2-running',
      text: {
        bn: 'busybox থেকে box2 নামে দ্বিতীয় একটি কন্টেইনার চালু রাখুন — আরেকটি ইউজার স্পেস, একই কার্নেল',
        en: 'Keep a second container box2, made from busybox, running — another user space, the same kernel',
      },
      hint: { bn: 'box1-এর মতোই, শুধু ইমেজ busybox আর নাম box2।', en: 'Just like box1, with the busybox image and the name box2.' },
      check(world, { host }) {
        const c = container(world, host, 'box2');
        if (!c) return missing('box2 নামে কোনো কন্টেইনার এখনো নেই।', 'There is no container named box2 yet.');
        if (c.imageId !== findImage(world, host, 'busybox')?.id) return missing('box2 আছে, কিন্তু busybox ইমেজ থেকে বানানো নয়।', 'box2 exists, but it was not made from busybox.');
        if (!isRunning(c)) return missing('box2 আছে, কিন্তু চালু নেই।', 'box2 exists but is not running.');
        return true;
      },
    },
    {
      id: 'second-process',
      text: {
        bn: 'box1-এর ভেতরে পেছনে দ্বিতীয় একটি প্রসেস চালু করুন, তারপর হোস্টের ps-এ সেটি খুঁজে দেখুন',
        en: 'Start a second process in the background inside box1, then find it in the host\'s ps',
      },
      hint: {
        bn: 'docker exec -d box1 sleep 5000 কন্টেইনারের ভেতরে প্রসেস চালিয়ে দিয়েই ফিরে আসে।',
        en: 'docker exec -d box1 sleep 5000 starts a process inside the container and returns at once.',
      },
      check(world, { host }) {
        const c = container(world, host, 'box1');
        if (!isRunning(c)) return missing('আগে box1 চালু করতে হবে।', 'box1 must be running first.');
        const count = containerProcesses(world, host, c).length;
        if (count < 2) return missing('box1-এ এখন একটিমাত্র প্রসেস চলছে।', 'Only one process runs in box1 now.');
        return true;
      },
    },
  ],
  challenge: [
    {
      id: 'snapshot',
      text: {
        bn: 'চ্যালেঞ্জ: দেখান যে একই ইমেজ থেকে বানানো দুটি কন্টেইনার আলাদা দুনিয়া — alpine থেকে চলা দুটি কন্টেইনারের একটিতে /note.txt ফাইল থাকবে, অন্যটিতে থাকবে না',
        en: 'Challenge: show that two containers from one image are separate worlds — of two running alpine containers, one has a file /note.txt and the other does not',
      },
      hint: {
        bn: 'ইমেজ বদলায় না; প্রতিটি কন্টেইনার তার ওপর নিজের একটি লেখার লেয়ার পায়। ফাইল বানাতে touch কাজে লাগে।',
        en: 'The image never changes; each container gets its own writable layer on top. touch makes a file.',
      },
      check(world, { host }) {
        const running = runningFromImage(world, host, 'alpine');
        if (running.length < 2) return missing(`alpine থেকে চালু কন্টেইনার এখন ${running.length}টি; অন্তত দুটি লাগবে।`, `${running.length} running container(s) from alpine; two are needed.`);
        const withNote = running.filter((c) => c.rw.c[NOTE]?.t === 'f');
        if (withNote.length === 0) return missing('কোনো alpine কন্টেইনারে এখনো /note.txt নেই।', 'No alpine container has /note.txt yet.');
        if (withNote.length === running.length) return missing('সব alpine কন্টেইনারেই /note.txt আছে — একটিতে না থাকলে পার্থক্যটা দেখা যায় না।', 'Every alpine container has /note.txt — one must lack it to show the difference.');
        return true;
      },
    },
  ],
  solution: [
    'docker pull alpine',
    'docker run -d --name box1 alpine sleep 100000',
    'docker run -d --name box2 busybox sleep 100000',
    'docker exec -d box1 sleep 5000',
    'docker run -d --name box3 alpine sleep 100000',
    'docker exec box1 touch /note.txt',
  ],
  conceptChecks: [
    {
      id: 'system-call',
      question: {
        bn: 'ইউজার স্পেসের একটি প্রোগ্রাম ডিস্ক থেকে ফাইল পড়তে চায়। সে কীভাবে পড়ে?',
        en: 'A program in user space wants to read a file from disk. How does it do it?',
      },
      choices: [
        {
          text: { bn: 'সিস্টেম কল দিয়ে কার্নেলকে অনুরোধ করে', en: 'It asks the kernel with a system call' },
          correct: true,
          explain: {
            bn: 'ঠিক। হার্ডওয়্যারে সরাসরি হাত দেওয়ার অধিকার শুধু কার্নেল স্পেসের; ইউজার প্রসেস সিস্টেম কল দিয়ে কার্নেলকে কাজটা করে দিতে বলে।',
            en: 'Right. Only kernel space may touch the hardware; a user process asks the kernel to do it through a system call.',
          },
        },
        {
          text: { bn: 'সরাসরি ডিস্কে গিয়ে পড়ে নেয়', en: 'It reads the disk directly' },
          correct: false,
          explain: {
            bn: 'না। মেমোরি সুরক্ষার কারণে ইউজার প্রসেস হার্ডওয়্যারে সরাসরি পৌঁছাতে পারে না।',
            en: 'No. Memory protection keeps user processes away from the hardware.',
          },
        },
        {
          text: { bn: 'ডকার ডেমনের মাধ্যমে', en: 'Through the Docker daemon' },
          correct: false,
          explain: {
            bn: 'না। কন্টেইনারের ভেতরের প্রোগ্রামও সরাসরি হোস্টের কার্নেলের সাথে সিস্টেম কলে কথা বলে; ডেমন কন্টেইনার বানায়-চালায়, মাঝখানে বসে না।',
            en: 'No. Even inside a container a program makes system calls straight to the host kernel; the daemon creates and runs containers, it does not sit in between.',
          },
        },
      ],
    },
    {
      id: 'uname',
      question: {
        bn: 'হোস্টে আর কন্টেইনারের ভেতরে uname -r চালালে কী দেখা যায়?',
        en: 'What does uname -r show on the host and inside a container?',
      },
      choices: [
        {
          text: { bn: 'একই সংস্করণ, কারণ সব কন্টেইনার হোস্টের কার্নেলটাই ব্যবহার করে', en: 'The same version: every container uses the host\'s kernel' },
          correct: true,
          explain: {
            bn: 'ঠিক। কন্টেইনারের নিজের কার্নেল নেই — এটাই ভার্চুয়াল মেশিনের সাথে তার মূল পার্থক্য।',
            en: 'Right. A container has no kernel of its own — the key difference from a virtual machine.',
          },
        },
        {
          text: { bn: 'আলাদা সংস্করণ, কারণ alpine-এর নিজের কার্নেল আছে', en: 'Different versions, since alpine brings its own kernel' },
          correct: false,
          explain: {
            bn: 'না। alpine ইমেজে শুধু ইউজার স্পেসের ফাইল (প্রোগ্রাম, লাইব্রেরি) থাকে, কার্নেল থাকে না।',
            en: 'No. The alpine image holds only user-space files (programs, libraries), no kernel.',
          },
        },
      ],
    },
    {
      id: 'image',
      question: { bn: 'কন্টেইনার ইমেজ আসলে কী?', en: 'What is a container image, really?' },
      choices: [
        {
          text: {
            bn: 'একটি ইউজার স্পেসের শেয়ারযোগ্য স্ন্যাপশট: কোড, রানটাইম, লাইব্রেরি আর সেটিংস একসাথে',
            en: 'A shareable snapshot of a user space: code, runtime, libraries and settings together',
          },
          correct: true,
          explain: {
            bn: 'ঠিক। তাই একই ইমেজ ল্যাপটপে, টেস্ট সার্ভারে আর ক্লাউডে একই কন্টেইনার বানায় — "আমার মেশিনে তো চলছিল" সমস্যার ইতি।',
            en: 'Right. So one image makes the same container on a laptop, a test server and the cloud — the end of "but it works on my machine".',
          },
        },
        {
          text: { bn: 'একটি চলমান প্রসেস', en: 'A running process' },
          correct: false,
          explain: {
            bn: 'না, চলমান জিনিসটা কন্টেইনার। ইমেজ স্থির; তা থেকে যত খুশি কন্টেইনার চালানো যায়।',
            en: 'No, the running thing is the container. An image is static; any number of containers can run from it.',
          },
        },
        {
          text: { bn: 'নিজস্ব কার্নেলসহ একটি ছোট ভার্চুয়াল মেশিন', en: 'A small virtual machine with its own kernel' },
          correct: false,
          explain: {
            bn: 'না, ইমেজে কার্নেল থাকে না; কন্টেইনার চলে হোস্টের কার্নেলে।',
            en: 'No, an image has no kernel; containers run on the host\'s kernel.',
          },
        },
      ],
    },
  ],
};
