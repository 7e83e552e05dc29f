// Lesson 1: VirtualBox VMs made with docker-machine. Each machine is a whole host in the world (its
// own kernel, daemon, address), so goals read the machines, their daemons and what answers at an IP.
import type { Lesson } from '../../src/lessons/lessonTypes';
import type { World } from '../../src/engine';
import { getMachine, isMachineRunning } from '../../src/engine/machines/machines';
import { listContainers } from '../../src/engine/queries';
import { httpGet, missing } from '../../src/lessons/goalKit';
import { meta } from './meta';

const WEB_PORT = 8080;

function runningMachine(world: World, name: string) {
  const m = getMachine(world, name);
  return m && isMachineRunning(m) ? m : undefined;
}

function vm1Missing(world: World) {
  if (!getMachine(world, 'vm1')) return missing('vm1 নামে কোনো ভিএম এখনো নেই।', 'There is no VM named vm1 yet.');
  return missing('vm1 আছে, কিন্তু চালু নেই (বুট শেষ হয়নি, বা বন্ধ করা হয়েছে)।', 'vm1 exists but is not running (still booting, or stopped).');
}

export const lesson: Lesson = {
  ...meta,
  setup: [],
  goals: [
    {
      id: 'vm1-running',
      text: { bn: 'VirtualBox দিয়ে vm1 নামে একটি ভিএম বানিয়ে চালু রাখুন', en: 'Create a VirtualBox VM named vm1 and keep it running' },
      hint: {
        bn: 'docker-machine create --driver virtualbox vm1 — তারপর ধৈর্য ধরুন, ভিএম বুট হতে প্রায় এক মিনিট লাগে।',
        en: 'docker-machine create --driver virtualbox vm1 — then be patient: a VM takes about a minute to boot.',
      },
      check(world) {
        return runningMachine(world, 'vm1') ? true : vm1Missing(world);
      },
    },
    {
      id: 'vm2-created',
      text: { bn: 'দ্বিতীয় একটি ভিএম বানান, নাম vm2', en: 'Create a second VM named vm2' },
      hint: { bn: 'vm1-এর মতোই, শুধু নামটা vm2।', en: 'Just like vm1, with the name vm2.' },
      check(world) {
        return getMachine(world, 'vm2') ? true : missing('vm2 নামে কোনো ভিএম এখনো নেই।', 'There is no VM named vm2 yet.');
      },
    },
    {
      id: 'guest-in-vm1',
      text: {
        bn: 'vm1-এর ভেতরে একটি কন্টেইনার চালু রাখুন — ভিএম-এর নিজের ডকার, নিজের কার্নেল',
        en: 'Keep a container running inside vm1 — the VM\'s own Docker on its own kernel',
      },
      hint: {
        bn: 'docker-machine ssh vm1 <কমান্ড> কমান্ডটা vm1-এর ভেতরে চালায়। যেমন: docker-machine ssh vm1 docker run -d --name guest busybox sleep 100000',
        en: 'docker-machine ssh vm1 <command> runs the command inside vm1, e.g. docker-machine ssh vm1 docker run -d --name guest busybox sleep 100000',
      },
      check(world) {
        if (!runningMachine(world, 'vm1')) return vm1Missing(world);
        if (listContainers(world, 'vm1').length === 0) return missing('vm1-এর ডকারে এখন কোনো কন্টেইনার চলছে না।', 'No container is running on vm1\'s Docker now.');
        return true;
      },
    },
    {
      id: 'vm2-stopped',
      text: {
        bn: 'vm2-কে বন্ধ করুন (মুছবেন না), আর vm1 যেন চালুই থাকে',
        en: 'Shut vm2 down (do not remove it) while vm1 keeps running',
      },
      hint: {
        bn: 'কম্পিউটার বন্ধ করার মতো: docker-machine stop vm2। ডিস্ক থেকে যায়, পরে আবার চালু করা যায়।',
        en: 'Like switching a computer off: docker-machine stop vm2. Its disk stays; it can start again later.',
      },
      check(world) {
        const vm2 = getMachine(world, 'vm2');
        if (!vm2) return missing('vm2 নামে কোনো ভিএম নেই — আগে বানাতে হবে।', 'There is no VM named vm2 — create it first.');
        if (isMachineRunning(vm2)) return missing('vm2 এখনো চালু আছে।', 'vm2 is still running.');
        if (!runningMachine(world, 'vm1')) return vm1Missing(world);
        return true;
      },
    },
  ],
  challenge: [
    {
      id: 'web-on-vm1',
      text: {
        bn: `চ্যালেঞ্জ: vm1-এর নিজের আইপি ঠিকানার ${WEB_PORT} পোর্টে একটি ওয়েব সার্ভার সাড়া দিক`,
        en: `Challenge: have a web server answer on port ${WEB_PORT} of vm1's own IP address`,
      },
      hint: {
        bn: 'ভিএম-এর ঠিকানা বলে docker-machine ip vm1। nginx ইমেজ পোর্ট 80-তে শোনে; -p দিয়ে ভিএম-এর একটি পোর্টকে কন্টেইনারের পোর্টে জোড়া যায়।',
        en: 'docker-machine ip vm1 tells the VM\'s address. The nginx image listens on port 80; -p maps a port of the VM to the container\'s.',
      },
      check(world, { host }) {
        const vm1 = runningMachine(world, 'vm1');
        if (!vm1) return vm1Missing(world);
        const answer = httpGet(world, host, `http://${vm1.ip}:${WEB_PORT}/`);
        if (!answer) return missing(`http://${vm1.ip}:${WEB_PORT}/ ঠিকানায় এখনো কেউ সাড়া দিচ্ছে না।`, `Nothing answers at http://${vm1.ip}:${WEB_PORT}/ yet.`);
        if (answer.status !== 200) return missing(`http://${vm1.ip}:${WEB_PORT}/ সাড়া দিচ্ছে, কিন্তু ${answer.status} কোড দিয়ে।`, `http://${vm1.ip}:${WEB_PORT}/ answers, but with status ${answer.status}.`);
        return true;
      },
    },
  ],
  solution: [
    'docker-machine create --driver virtualbox vm1',
    'docker-machine create --driver virtualbox vm2',
    'docker-machine ssh vm1 docker run -d --name guest busybox sleep 100000',
    'docker-machine stop vm2',
    `docker-machine ssh vm1 docker run -d -p ${WEB_PORT}:80 --name web nginx`,
  ],
  conceptChecks: [
    {
      id: 'host-guest',
      question: {
        bn: 'একটি ল্যাপটপে উইন্ডোজ চলছে, তার ভেতরে VirtualBox-এ একটি লিনাক্স ভিএম। এখানে গেস্ট ওএস কোনটি?',
        en: 'A laptop runs Windows, and inside it a Linux VM in VirtualBox. Which is the guest OS?',
      },
      choices: [
        {
          text: { bn: 'ভিএম-এর ভেতরের লিনাক্স', en: 'The Linux inside the VM' },
          correct: true,
          explain: {
            bn: 'ঠিক। আসল হার্ডওয়্যারে যে ওএস বসে আছে (উইন্ডোজ) সে হোস্ট; তার ওপর ভিএম-এ যে ওএস চলে সে অতিথি, মানে গেস্ট।',
            en: 'Right. The OS on the real hardware (Windows) is the host; the OS running in a VM on top of it is the guest.',
          },
        },
        {
          text: { bn: 'উইন্ডোজ', en: 'Windows' },
          correct: false,
          explain: {
            bn: 'না। উইন্ডোজ বসে আছে সরাসরি হার্ডওয়্যারে — সে-ই হোস্ট ওএস।',
            en: 'No. Windows sits directly on the hardware — it is the host OS.',
          },
        },
        {
          text: { bn: 'VirtualBox', en: 'VirtualBox' },
          correct: false,
          explain: {
            bn: 'না। VirtualBox কোনো ওএস নয়, সে হাইপারভাইজর: ভিএম বানায়, চালায়, মোছে।',
            en: 'No. VirtualBox is not an OS but the hypervisor: it creates, runs and deletes VMs.',
          },
        },
      ],
    },
    {
      id: 'own-kernel',
      question: {
        bn: 'vm1 আর vm2 দুটোতেই uname -r একই সংস্করণ দেখায়। তাহলে কি দুটি ভিএম একটি কার্নেল ভাগাভাগি করে?',
        en: 'uname -r shows the same version on vm1 and vm2. Do the two VMs share one kernel, then?',
      },
      choices: [
        {
          text: {
            bn: 'না; একই ISO থেকে বুট হয়েছে বলে সংস্করণ এক, কিন্তু প্রত্যেকটি নিজের আলাদা কার্নেল চালায়',
            en: 'No; they booted from the same ISO, hence the same version, but each runs a kernel of its own',
          },
          correct: true,
          explain: {
            bn: 'ঠিক। তাই vm1-এর কন্টেইনারের প্রসেস vm1-এর ps aux-এ দেখা যায়, অন্য মেশিনে নয়; আর vm2 বন্ধ হলে vm1-এর কিছুই হয় না।',
            en: 'Right. That is why vm1\'s container process shows in vm1\'s ps aux and on no other machine, and why stopping vm2 does nothing to vm1.',
          },
        },
        {
          text: { bn: 'হ্যাঁ, সব ভিএম হোস্টের কার্নেলটাই ব্যবহার করে', en: 'Yes, every VM uses the host\'s kernel' },
          correct: false,
          explain: {
            bn: 'না, এটা কন্টেইনারের বৈশিষ্ট্য, ভিএম-এর নয়। প্রতিটি ভিএম পুরো একটি কম্পিউটারের মতো নিজের কার্নেল বুট করে।',
            en: 'No, that is what containers do, not VMs. Each VM boots its own kernel, like a whole computer.',
          },
        },
      ],
    },
    {
      id: 'boot-cost',
      question: {
        bn: 'docker-machine create শেষ হতে প্রায় এক মিনিট লাগল কেন?',
        en: 'Why did docker-machine create take about a minute?',
      },
      choices: [
        {
          text: {
            bn: 'একটি পুরো অপারেটিং সিস্টেমকে কার্নেল থেকে শুরু করে বুট হতে হয়, নেটওয়ার্ক আর ssh চালু হতে হয়',
            en: 'A whole operating system must boot, kernel first, and bring up its network and ssh',
          },
          correct: true,
          explain: {
            bn: 'ঠিক। প্রতিবার ভিএম চালু করলেই এই বুটের খরচ দিতে হয় — ভিএম-এর বড় দুর্বলতাগুলোর একটি।',
            en: 'Right. Every start of a VM pays that boot again — one of the big drawbacks of VMs.',
          },
        },
        {
          text: { bn: 'ইন্টারনেট থেকে ডকার ইমেজ নামাতে হয়েছে', en: 'It had to download Docker images from the internet' },
          correct: false,
          explain: {
            bn: 'না। নতুন ভিএম-এ কোনো ইমেজ থাকে না; সময়টা গেছে গেস্ট ওএস বুট হতে।',
            en: 'No. A new VM holds no images at all; the time went into booting the guest OS.',
          },
        },
      ],
    },
  ],
};
