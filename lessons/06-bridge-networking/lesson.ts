// Lesson 6: nw_1 and nw_2 with cont_01–03, as in the seed's networking chapter. Goals read the
// daemon's networks and ask the engine whether one container's ping would reach another.
import type { Lesson } from '../../src/lessons/lessonTypes';
import { canPing, container, isRunning, missing, network, networksOf } from '../../src/lessons/goalKit';
import { meta } from './meta';

export const lesson: Lesson = {
  ...meta,
  // The seed supposes cont_02 was made earlier, on the default bridge, before nw_1 existed.
  setup: ['docker run -d --name cont_02 busybox sleep 100000'],
  goals: [
    {
      id: 'nw1-created',
      text: { bn: 'nw_1 নামে একটি ব্রিজ নেটওয়ার্ক বানান', en: 'Create a bridge network named nw_1' },
      hint: {
        bn: 'docker network create দিয়ে নেটওয়ার্ক বানানো যায়; ড্রাইভার না বললে ডকার নিজেই bridge নেয়।',
        en: 'docker network create makes a network; without a driver named, Docker picks bridge.',
      },
      check(world, { host }) {
        const nw = network(world, host, 'nw_1');
        if (!nw) return missing('nw_1 নামে কোনো নেটওয়ার্ক এখনো নেই।', 'There is no network named nw_1 yet.');
        if (nw.driver !== 'bridge') return missing('nw_1 আছে, কিন্তু এর ড্রাইভার bridge নয়।', 'nw_1 exists, but its driver is not bridge.');
        return true;
      },
    },
    {
      id: 'cont01-on-nw1',
      text: { bn: 'cont_01 কন্টেইনারটি nw_1-এ চালু করুন', en: 'Run the container cont_01 on nw_1' },
      hint: {
        bn: 'docker run-এ --net=nw_1 দিলে কন্টেইনার জন্ম থেকেই ওই নেটওয়ার্কে থাকে। busybox-এর sleep 100000 কন্টেইনারটিকে জাগিয়ে রাখবে।',
        en: 'With --net=nw_1, docker run puts the container on that network from the start. busybox with sleep 100000 keeps it up.',
      },
      check(world, { host }) {
        const c = container(world, host, 'cont_01');
        if (!c) return missing('cont_01 নামে কোনো কন্টেইনার এখনো নেই।', 'There is no container named cont_01 yet.');
        if (!isRunning(c)) return missing('cont_01 আছে, কিন্তু চালু নেই।', 'cont_01 exists but is not running.');
        if (!c.networks.nw_1) return missing('cont_01 চালু আছে, কিন্তু nw_1 নেটওয়ার্কে নেই।', 'cont_01 is running but not on nw_1.');
        return true;
      },
    },
    {
      id: 'cont02-joined',
      text: {
        bn: 'আগে থেকে চলা cont_02-কে nw_1-এ যুক্ত করুন, যাতে সে cont_01-কে পিং করতে পারে',
        en: 'Attach the already running cont_02 to nw_1, so that it can ping cont_01',
      },
      hint: {
        bn: 'চলন্ত কন্টেইনারকে নতুন নেটওয়ার্কে জুড়তে docker network connect <নেটওয়ার্ক> <কন্টেইনার>।',
        en: 'docker network connect <network> <container> attaches a running container to another network.',
      },
      check(world, { host }) {
        const c2 = container(world, host, 'cont_02');
        const c1 = container(world, host, 'cont_01');
        if (!isRunning(c2)) return missing('cont_02 চালু নেই।', 'cont_02 is not running.');
        if (!c2.networks.nw_1) return missing('cont_02 এখনো nw_1 নেটওয়ার্কে নেই।', 'cont_02 is not on nw_1 yet.');
        const ip = c1?.networks.nw_1?.ip;
        if (!isRunning(c1) || !ip) return missing('cont_02 nw_1-এ আছে, কিন্তু nw_1-এ চালু cont_01 নেই।', 'cont_02 is on nw_1, but no running cont_01 is there.');
        if (!canPing(world, host, c2, ip)) return missing(`cont_02 থেকে cont_01-এর ${ip} ঠিকানায় পিং পৌঁছাচ্ছে না।`, `A ping from cont_02 does not reach cont_01 at ${ip}.`);
        return true;
      },
    },
    {
      id: 'cont03-on-nw2',
      text: { bn: 'nw_2 নামে আরেকটি ব্রিজ বানিয়ে তাতে cont_03 চালু করুন', en: 'Create a second bridge nw_2 and run cont_03 on it' },
      hint: {
        bn: 'nw_1-এর মতোই: আগে নেটওয়ার্ক, তারপর --net nw_2 দিয়ে cont_03।',
        en: 'Just like nw_1: first the network, then cont_03 with --net nw_2.',
      },
      check(world, { host }) {
        if (!network(world, host, 'nw_2')) return missing('nw_2 নামে কোনো নেটওয়ার্ক এখনো নেই।', 'There is no network named nw_2 yet.');
        const c3 = container(world, host, 'cont_03');
        if (!c3) return missing('cont_03 নামে কোনো কন্টেইনার এখনো নেই।', 'There is no container named cont_03 yet.');
        if (!isRunning(c3)) return missing('cont_03 আছে, কিন্তু চালু নেই।', 'cont_03 exists but is not running.');
        if (!c3.networks.nw_2) return missing('cont_03 চালু আছে, কিন্তু nw_2 নেটওয়ার্কে নেই।', 'cont_03 is running but not on nw_2.');
        return true;
      },
    },
  ],
  challenge: [
    {
      id: 'cont03-reaches-cont01',
      text: {
        bn: 'চ্যালেঞ্জ: cont_01-কে একটুও না বদলে এমন ব্যবস্থা করুন যাতে cont_03 নাম ধরে cont_01-কে পিং করতে পারে — আর cont_03 যেন nw_2-তেও থেকে যায়',
        en: 'Challenge: without touching cont_01, make cont_03 reach cont_01 by name — while cont_03 stays on nw_2 as well',
      },
      hint: {
        bn: 'একটি কন্টেইনার একসাথে একাধিক নেটওয়ার্কে থাকতে পারে। কোন নেটওয়ার্কে গেলে cont_03 আর cont_01 প্রতিবেশী হয়?',
        en: 'A container can sit on several networks at once. On which network would cont_03 and cont_01 be neighbours?',
      },
      check(world, { host }) {
        const c1 = container(world, host, 'cont_01');
        const c3 = container(world, host, 'cont_03');
        if (!isRunning(c1) || !isRunning(c3)) return missing('cont_01 আর cont_03 দুটোকেই চালু থাকতে হবে।', 'Both cont_01 and cont_03 must be running.');
        if (networksOf(c1).join() !== 'nw_1') return missing('cont_01 শুধু nw_1-এ থাকার কথা — ওকে বদলানো চলবে না।', 'cont_01 must stay on nw_1 only — it is not to be changed.');
        if (!c3.networks.nw_2) return missing('cont_03 nw_2 থেকে সরে গেছে; ওকে nw_2-তেও রাখুন।', 'cont_03 has left nw_2; keep it there too.');
        if (!canPing(world, host, c3, 'cont_01')) return missing('cont_03 থেকে cont_01 নামে পিং এখনো পৌঁছাচ্ছে না: দুজন এখনো এক নেটওয়ার্কে নেই।', 'A ping from cont_03 to the name cont_01 does not get through yet: they share no network.');
        return true;
      },
    },
  ],
  solution: [
    'docker network create nw_1',
    'docker run --net=nw_1 --name cont_01 -d busybox sleep 100000',
    'docker network connect nw_1 cont_02',
    'docker network create nw_2',
    'docker run -d --name cont_03 --net nw_2 busybox sleep 100000',
    'docker network connect nw_1 cont_03',
  ],
  conceptChecks: [
    {
      id: 'private-range',
      question: { bn: 'নিচের কোন ঠিকানাটি প্রাইভেট?', en: 'Which of these addresses is private?' },
      choices: [
        {
          text: { bn: '172.18.0.2', en: '172.18.0.2' },
          correct: true,
          explain: {
            bn: 'ঠিক। 172.16.0.0 থেকে 172.31.255.255 ক্লাস B-এর প্রাইভেট রেঞ্জ, আর ডকারের ব্রিজগুলো এখান থেকেই ঠিকানা নেয়।',
            en: 'Right. 172.16.0.0 to 172.31.255.255 is the class B private range, and Docker\'s bridges take their addresses from it.',
          },
        },
        {
          text: { bn: '8.8.8.8', en: '8.8.8.8' },
          correct: false,
          explain: {
            bn: 'না, এটি গুগলের পাবলিক DNS সার্ভার — সারা ইন্টারনেটে একটাই।',
            en: 'No, that is Google\'s public DNS server — one of a kind on the whole internet.',
          },
        },
        {
          text: { bn: '141.112.125.118', en: '141.112.125.118' },
          correct: false,
          explain: {
            bn: 'না, এটি কোনো প্রাইভেট রেঞ্জে (10.x, 172.16–31.x, 192.168.x) পড়ে না, তাই পাবলিক।',
            en: 'No, it falls in none of the private ranges (10.x, 172.16–31.x, 192.168.x), so it is public.',
          },
        },
      ],
    },
    {
      id: 'two-bridges',
      question: {
        bn: 'cont_02 (nw_1) থেকে cont_03-এর (শুধু nw_2) আইপিতে পিং করলে কী হয়?',
        en: 'What happens when cont_02 (on nw_1) pings the IP of cont_03 (on nw_2 only)?',
      },
      choices: [
        {
          text: { bn: 'প্যাকেট যায়, কিন্তু কোনো উত্তর আসে না: ১০০% প্যাকেট লস', en: 'Packets go out but nothing answers: 100% packet loss' },
          correct: true,
          explain: {
            bn: 'ঠিক। আলাদা দুটি ব্রিজ একে অপর থেকে বিচ্ছিন্ন; ডকার এদের মাঝে পথ খোলে না।',
            en: 'Right. Two bridges are isolated from each other; Docker opens no path between them.',
          },
        },
        {
          text: { bn: 'পিং ঠিকঠাক উত্তর পায়, কারণ দুটোই একই হোস্টে', en: 'The ping is answered, since both are on the same host' },
          correct: false,
          explain: {
            bn: 'একই হোস্টে থাকলেই কথা বলা যায় না — নেটওয়ার্ক আলাদা হলে তারা একে অপরকে দেখে না।',
            en: 'Being on one host is not enough — on separate networks they cannot see each other.',
          },
        },
        {
          text: { bn: 'ডকার একটি এরর দেখিয়ে কমান্ডটাই চালাতে দেয় না', en: 'Docker refuses to run the command with an error' },
          correct: false,
          explain: {
            bn: 'ডকার পিং আটকায় না; পিং চলে, শুধু উত্তর ফেরে না।',
            en: 'Docker does not block the ping; it runs, only no reply comes back.',
          },
        },
      ],
    },
    {
      id: 'names-not-ips',
      question: {
        bn: 'একটি অ্যাপে ডেটাবেস কন্টেইনারের আইপির বদলে তার নাম লেখা ভালো কেন?',
        en: 'Why should an app name the database container instead of writing its IP?',
      },
      choices: [
        {
          text: { bn: 'কন্টেইনার নতুন করে চালু হলে তার আইপি বদলে যেতে পারে, নাম বদলায় না', en: 'A restarted container may get another IP; its name stays' },
          correct: true,
          explain: {
            bn: 'ঠিক। ব্রিজের ঠিকানা ডকার নিজে বিলি করে; নিজের বানানো নেটওয়ার্কে ডকারের DNS নাম থেকে সবসময় সঠিক আইপি বলে দেয়।',
            en: 'Right. Docker hands bridge addresses out itself; on a user-made network its DNS always turns the name into the current IP.',
          },
        },
        {
          text: { bn: 'নাম দিয়ে পিং আইপির চেয়ে দ্রুত চলে', en: 'Pinging a name is faster than pinging an IP' },
          correct: false,
          explain: {
            bn: 'না, নামকে আগে আইপিতে বদলাতে হয়; সুবিধাটা গতির নয়, স্থিরতার।',
            en: 'No, the name must first become an IP; the gain is stability, not speed.',
          },
        },
        {
          text: { bn: 'ডকার কন্টেইনারের আইপি গোপন রাখে', en: 'Docker keeps container IPs secret' },
          correct: false,
          explain: {
            bn: 'না, docker network inspect বা docker inspect-এ আইপি খোলাখুলিই দেখা যায়।',
            en: 'No, docker network inspect and docker inspect show the IPs openly.',
          },
        },
      ],
    },
  ],
};
