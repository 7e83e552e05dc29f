// Lesson 3: the seed's Docker-vs-VM table, measured. Goals read a container, a docker-machine VM,
// how many containers one image runs at once, a container inside the VM, and a committed image.
import type { Lesson } from '../../src/lessons/lessonTypes';
import type { World } from '../../src/engine';
import { findImage } from '../../src/engine/images';
import { getMachine, isMachineRunning } from '../../src/engine/machines/machines';
import { listContainers } from '../../src/engine/queries';
import { container, isRunning, missing, runningFromImage } from '../../src/lessons/goalKit';
import { meta } from './meta';

const DENSITY = 20;

function vm1Missing(world: World) {
  if (!getMachine(world, 'vm1')) return missing('vm1 নামে কোনো ভিএম এখনো নেই।', 'There is no VM named vm1 yet.');
  return missing('vm1 আছে, কিন্তু চালু নেই (বুট শেষ হয়নি, বা বন্ধ করা হয়েছে)।', 'vm1 exists but is not running (still booting, or stopped).');
}

function vm1Running(world: World): boolean {
  const vm1 = getMachine(world, 'vm1');
  return vm1 !== undefined && isMachineRunning(vm1);
}

export const lesson: Lesson = {
  ...meta,
  // busybox is already here, so the first timing measures a start, not a download.
  setup: ['docker pull busybox'],
  goals: [
    {
      id: 'quick-running',
      text: { bn: 'busybox থেকে quick নামে একটি কন্টেইনার চালু রাখুন', en: 'Keep a container named quick, made from busybox, running' },
      hint: {
        bn: 'docker run -d --name quick busybox sleep 100000 — আগে-পরে date +%s দিয়ে সময়টা মেপে নিন।',
        en: 'docker run -d --name quick busybox sleep 100000 — time it with date +%s before and after.',
      },
      check(world, { host }) {
        const c = container(world, host, 'quick');
        if (!c) return missing('quick নামে কোনো কন্টেইনার এখনো নেই।', 'There is no container named quick yet.');
        if (c.imageId !== findImage(world, host, 'busybox')?.id) return missing('quick আছে, কিন্তু busybox থেকে বানানো নয়।', 'quick exists, but it was not made from busybox.');
        if (!isRunning(c)) return missing('quick আছে, কিন্তু চালু নেই।', 'quick exists but is not running.');
        return true;
      },
    },
    {
      id: 'vm1-running',
      text: { bn: 'তুলনার জন্য vm1 নামে একটি ভিএম বানিয়ে চালু রাখুন', en: 'For comparison, create a VM named vm1 and keep it running' },
      hint: {
        bn: 'docker-machine create --driver virtualbox vm1 — এবারও আগে-পরে date +%s।',
        en: 'docker-machine create --driver virtualbox vm1 — again with date +%s before and after.',
      },
      check(world) {
        return vm1Running(world) || vm1Missing(world);
      },
    },
    {
      id: 'twenty-containers',
      text: {
        bn: `একই busybox ইমেজ থেকে একসাথে অন্তত ${DENSITY}টি কন্টেইনার চালু রাখুন`,
        en: `Keep at least ${DENSITY} containers from the one busybox image running at once`,
      },
      hint: {
        bn: 'হাতে হাতে বিশবার না লিখে শেলের লুপ: for i in $(seq 1 20); do docker run -d --name c$i busybox sleep 100000; done',
        en: 'Rather than typing it twenty times, a shell loop: for i in $(seq 1 20); do docker run -d --name c$i busybox sleep 100000; done',
      },
      check(world, { host }) {
        const n = runningFromImage(world, host, 'busybox').length;
        if (n < DENSITY) return missing(`busybox থেকে এখন চালু আছে ${n}টি কন্টেইনার; অন্তত ${DENSITY}টি লাগবে।`, `${n} container(s) from busybox are running now; at least ${DENSITY} are needed.`);
        return true;
      },
    },
    {
      id: 'docker-in-vm',
      text: {
        bn: 'ভিএম আর ডকার একসাথে: vm1-এর ভেতরে একটি কন্টেইনার চালু রাখুন',
        en: 'VMs and Docker together: keep a container running inside vm1',
      },
      hint: {
        bn: 'docker-machine ssh vm1 docker run -d --name inside busybox sleep 100000',
        en: 'docker-machine ssh vm1 docker run -d --name inside busybox sleep 100000',
      },
      check(world) {
        if (!vm1Running(world)) return vm1Missing(world);
        if (listContainers(world, 'vm1').length === 0) return missing('vm1-এর ডকারে এখন কোনো কন্টেইনার চলছে না।', 'No container is running on vm1\'s Docker now.');
        return true;
      },
    },
  ],
  challenge: [
    {
      id: 'quick-snapshot',
      text: {
        bn: 'চ্যালেঞ্জ: চলন্ত একটি busybox কন্টেইনারের স্ন্যাপশট নিয়ে quick-snap নামে নতুন একটি ইমেজ বানান',
        en: 'Challenge: take a snapshot of a running busybox container as a new image named quick-snap',
      },
      hint: {
        bn: 'কন্টেইনারের এখনকার অবস্থা থেকে ইমেজ বানানোর কমান্ডের নাম গিটের একটা কাজের মতো শোনায়। docker tag চলবে না — সেটা পুরনো ইমেজকেই নতুন নাম দেয়।',
        en: 'The command that makes an image from a container\'s current state sounds like something git does. docker tag will not do — it only gives the old image a new name.',
      },
      check(world, { host }) {
        const snap = findImage(world, host, 'quick-snap');
        const busybox = findImage(world, host, 'busybox');
        if (!snap) return missing('quick-snap নামে কোনো ইমেজ এখনো নেই।', 'There is no image named quick-snap yet.');
        if (!busybox || snap.id === busybox.id) return missing('quick-snap আসলে busybox ইমেজেরই আরেক নাম — কন্টেইনার থেকে নতুন ইমেজ নয়।', 'quick-snap is just another name for the busybox image — not a new image from a container.');
        if (snap.parent !== busybox.id) return missing('quick-snap আছে, কিন্তু busybox থেকে চলা কোনো কন্টেইনারের স্ন্যাপশট নয়।', 'quick-snap exists, but it is not a snapshot of a container made from busybox.');
        return true;
      },
    },
  ],
  solution: [
    'docker run -d --name quick busybox sleep 100000',
    'docker-machine create --driver virtualbox vm1',
    `for i in $(seq 1 ${DENSITY}); do docker run -d --name c$i busybox sleep 100000; done`,
    'docker-machine ssh vm1 docker run -d --name inside busybox sleep 100000',
    'docker commit quick quick-snap',
  ],
  conceptChecks: [
    {
      id: 'security',
      question: {
        bn: 'নিরাপত্তার দিক থেকে সাধারণত কে এগিয়ে, আর কেন?',
        en: 'Which usually wins on security, and why?',
      },
      choices: [
        {
          text: { bn: 'ভিএম, কারণ প্রতিটির কার্নেল আলাদা', en: 'The VM, because each has its own kernel' },
          correct: true,
          explain: {
            bn: 'ঠিক। সব কন্টেইনার হোস্টের একটিই কার্নেল ভাগাভাগি করে; কার্নেলে কোনো ফাঁক থাকলে সবাই ঝুঁকিতে। ভিএম-এর দেয়াল মোটা — গতিতে ডকার জেতে, নিরাপত্তায় ভিএম।',
            en: 'Right. All containers share the host\'s one kernel; a hole in it puts them all at risk. A VM\'s wall is thicker — Docker wins on speed, the VM on security.',
          },
        },
        {
          text: { bn: 'ডকার, কারণ কন্টেইনার ছোট', en: 'Docker, because containers are small' },
          correct: false,
          explain: {
            bn: 'না। ছোট হওয়া গতি আর ঘনত্বের সুবিধা দেয়, নিরাপত্তা নয়; কার্নেল ভাগাভাগিই এখানে দুর্বল দিক।',
            en: 'No. Being small buys speed and density, not security; the shared kernel is the weak side here.',
          },
        },
      ],
    },
    {
      id: 'why-small',
      question: {
        bn: 'busybox ইমেজ মাত্র 1.15MB, অথচ একটি ভিএম-এর জন্য গিগাবাইটের হিসাব। মূল কারণ কী?',
        en: 'The busybox image is just 1.15MB, yet a VM is counted in gigabytes. What is the main reason?',
      },
      choices: [
        {
          text: { bn: 'ইমেজে কার্নেল আর পুরো অপারেটিং সিস্টেম থাকে না, শুধু ইউজার স্পেসের ফাইল', en: 'An image holds no kernel and no whole OS, only user-space files' },
          correct: true,
          explain: {
            bn: 'ঠিক। ভিএম-কে নিজের কার্নেল, ড্রাইভার আর পুরো ওএস বয়ে বেড়াতে হয়, সাথে আলাদা করে রাখা মেমোরি (এখানে প্রায় ১ GiB)।',
            en: 'Right. A VM must carry its own kernel, drivers and a whole OS, plus memory set aside for it (about 1 GiB here).',
          },
        },
        {
          text: { bn: 'ডকার ইমেজগুলো সংকুচিত (zip) করে রাখে', en: 'Docker keeps images zipped' },
          correct: false,
          explain: {
            bn: 'না। docker images যে আকার দেখায় তা খোলা অবস্থার আকার। পার্থক্যটা আসে কী কী রাখা আছে তা থেকে।',
            en: 'No. The size docker images shows is the unpacked size. The difference comes from what is in there.',
          },
        },
      ],
    },
    {
      id: 'windows',
      question: {
        bn: 'একটি লিনাক্স সার্ভারে উইন্ডোজের একটি পুরনো প্রোগ্রাম চালাতে হবে। কোনটি বেছে নেবেন?',
        en: 'An old Windows program must run on a Linux server. Which do you choose?',
      },
      choices: [
        {
          text: { bn: 'উইন্ডোজ গেস্ট ওএস-সহ একটি ভিএম', en: 'A VM with a Windows guest OS' },
          correct: true,
          explain: {
            bn: 'ঠিক। লিনাক্স হোস্টের কন্টেইনার লিনাক্স কার্নেলেই চলে; ভিএম যেকোনো ওএস-এর ISO থেকে বুট করতে পারে — এই ঘরে ভিএম জেতে।',
            en: 'Right. Containers on a Linux host run on the Linux kernel; a VM can boot any OS\'s ISO — this round goes to the VM.',
          },
        },
        {
          text: { bn: 'একটি ডকার কন্টেইনার', en: 'A Docker container' },
          correct: false,
          explain: {
            bn: 'না। কন্টেইনারের নিজের কার্নেল নেই; লিনাক্স হোস্টে সে লিনাক্স কার্নেলই পায়।',
            en: 'No. A container has no kernel of its own; on a Linux host it gets the Linux kernel.',
          },
        },
      ],
    },
    {
      id: 'layers',
      question: {
        bn: 'বিশটি busybox কন্টেইনার চালানোর পর docker system df-এ ইমেজের জায়গা বাড়েনি। কেন?',
        en: 'After twenty busybox containers, docker system df shows no more space used by images. Why?',
      },
      choices: [
        {
          text: { bn: 'সব কন্টেইনার ইমেজের একই লেয়ারগুলো ভাগাভাগি করে; প্রত্যেকে শুধু নিজের পাতলা লেখার লেয়ার পায়', en: 'All containers share the image\'s layers; each gets only a thin writable layer of its own' },
          correct: true,
          explain: {
            bn: 'ঠিক। লেয়ারগুলো একবারই ডিস্কে থাকে। বিশটি ভিএম হলে বিশটি আলাদা ডিস্ক লাগত।',
            en: 'Right. The layers are on disk once. Twenty VMs would need twenty separate disks.',
          },
        },
        {
          text: { bn: 'কন্টেইনারগুলো আসলে চলছে না', en: 'The containers are not really running' },
          correct: false,
          explain: {
            bn: 'না, docker ps-এ সবাই Up। জায়গা বাঁচে লেয়ার ভাগাভাগির কারণে।',
            en: 'No, docker ps shows them all Up. The space is saved by sharing layers.',
          },
        },
      ],
    },
  ],
};
