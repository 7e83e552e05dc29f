// Lesson 7's concept checks: the words of swarm mode (node, manager, leader, service, replica,
// task) and the two ideas the seed shows rather than types — the routing mesh and self-healing.
import type { ConceptCheck } from '../../src/lessons/lessonTypes';

export const conceptChecks: ConceptCheck[] = [
  {
    id: 'leader',
    question: {
      bn: 'একটি সোয়ার্মে তিনটি ম্যানেজার নোড আছে। সোয়ার্ম চালানোর সিদ্ধান্তগুলো আসলে নেয় কে?',
      en: 'A swarm has three manager nodes. Who actually takes the decisions that run the swarm?',
    },
    choices: [
      {
        text: { bn: 'ম্যানেজারদের মধ্যে একজন, যাকে লিডার বলে', en: 'One of the managers, called the leader' },
        correct: true,
        explain: {
          bn: 'ঠিক। ম্যানেজার অনেক থাকতে পারে, কিন্তু কাজ চালায় একজন — লিডার। লিডার হারিয়ে গেলে বাকি ম্যানেজাররা নিজেদের মধ্যে নতুন লিডার বেছে নেয়।',
          en: 'Right. There may be many managers, but one runs the show — the leader. If it goes away, the other managers pick a new leader among themselves.',
        },
      },
      {
        text: { bn: 'তিন ম্যানেজার পালা করে, এক এক মিনিট করে', en: 'The three managers take turns, a minute each' },
        correct: false,
        explain: {
          bn: 'না, পালা করে চলে না। লিডার একজনই থাকে, যতক্ষণ সে ঠিকঠাক চলছে।',
          en: 'No, there are no turns. One leader stays in charge for as long as it is healthy.',
        },
      },
      {
        text: { bn: 'ওয়ার্কার নোডগুলো ভোট দিয়ে প্রতিটি কাজ ঠিক করে', en: 'The worker nodes vote on every decision' },
        correct: false,
        explain: {
          bn: 'না, ওয়ার্কাররা শুধু কাজ করে — তাদের কাছে পাঠানো টাস্কের কন্টেইনার চালায়। সিদ্ধান্ত ম্যানেজারদের।',
          en: 'No, workers only do the work — they run the containers of the tasks sent to them. Decisions belong to the managers.',
        },
      },
    ],
  },
  {
    id: 'service-vs-run',
    question: {
      bn: 'docker run আর docker service create-এর মূল পার্থক্য কী?',
      en: 'What is the main difference between docker run and docker service create?',
    },
    choices: [
      {
        text: {
          bn: 'run একটি কন্টেইনার বানায়; service create সোয়ার্মকে বলে কয়টি রেপ্লিকা চাই, আর সোয়ার্ম নিজেই টাস্ক বানিয়ে নোডে নোডে কন্টেইনার চালায় ও চালু রাখে',
          en: 'run makes one container; service create tells the swarm how many replicas are wanted, and the swarm makes tasks, runs their containers on its nodes and keeps them up',
        },
        correct: true,
        explain: {
          bn: 'ঠিক। সার্ভিসে আমরা কন্টেইনার বানাই না, কাঙ্ক্ষিত অবস্থাটা বলি; সেটা বজায় রাখা ম্যানেজারের দায়িত্ব।',
          en: 'Right. With a service we do not make containers, we state the wanted state; keeping it is the manager\'s job.',
        },
      },
      {
        text: { bn: 'service create কন্টেইনার ছাড়াই ইমেজ চালায়', en: 'service create runs an image without containers' },
        correct: false,
        explain: {
          bn: 'না, প্রতিটি টাস্কের পেছনে একটি সাধারণ কন্টেইনারই চলে — docker container ls-এ সেগুলো দেখা যায়।',
          en: 'No, behind every task an ordinary container runs — docker container ls shows them.',
        },
      },
      {
        text: { bn: 'কোনো পার্থক্য নেই, শুধু নাম আলাদা', en: 'None, only the name differs' },
        correct: false,
        explain: {
          bn: 'না। run-এর কন্টেইনার থেমে গেলে থেমেই থাকে; সার্ভিসের টাস্ক থামলে সোয়ার্ম নতুন টাস্ক চালায়।',
          en: 'No. A container from run stays stopped once stopped; when a service\'s task stops, the swarm starts a new one.',
        },
      },
    ],
  },
  {
    id: 'routing-mesh',
    question: {
      bn: 'hello-swarm-এর ৫টি রেপ্লিকা চলছে, সবাই কন্টেইনারের 80 পোর্টে। তবু 82 পোর্টে বারবার রিলোড করলে আলাদা আলাদা hostname আসে কেন?',
      en: 'hello-swarm has 5 replicas, all on their containers\' port 80. Why does reloading port 82 again and again show different hostnames?',
    },
    choices: [
      {
        text: {
          bn: 'ইনগ্রেস নেটওয়ার্কের রাউটিং মেশ 82 পোর্টে আসা প্রতিটি অনুরোধ পালা করে একেক টাস্কের কাছে পাঠায়',
          en: 'The ingress network\'s routing mesh hands each request on port 82 to the tasks in turn',
        },
        correct: true,
        explain: {
          bn: 'ঠিক। পোর্টটা কোনো একটি কন্টেইনারের নয়, পুরো সোয়ার্মের; মেশ অনুরোধগুলো টাস্কদের মধ্যে ভাগ করে দেয় — এটাই লোড ব্যালেন্সিং।',
          en: 'Right. The port belongs to the whole swarm, not to one container; the mesh spreads requests over the tasks — that is load balancing.',
        },
      },
      {
        text: { bn: 'ব্রাউজার প্রতিবার এলোমেলোভাবে একটি কন্টেইনারের আইপি বেছে নেয়', en: 'The browser picks a container IP at random each time' },
        correct: false,
        explain: {
          bn: 'না, ব্রাউজার শুধু VM-এর ঠিকানা আর 82 পোর্ট চেনে; কোন কন্টেইনার উত্তর দেবে তা ঠিক করে সোয়ার্ম।',
          en: 'No, the browser knows only the VM\'s address and port 82; the swarm decides which container answers.',
        },
      },
      {
        text: { bn: 'প্রতিটি রিলোডে একটি নতুন কন্টেইনার তৈরি হয়', en: 'Every reload creates a new container' },
        correct: false,
        explain: {
          bn: 'না, কন্টেইনার সেই পাঁচটিই; docker container ls-এ তাদের CREATED সময় বদলায় না।',
          en: 'No, the containers are the same five; their CREATED time in docker container ls does not change.',
        },
      },
    ],
  },
  {
    id: 'self-healing',
    question: {
      bn: '৫ রেপ্লিকার সার্ভিসের একটি কন্টেইনার docker container stop দিয়ে থামালেন। ১০ সেকেন্ড পর docker service ls কী দেখাবে?',
      en: 'You stop one container of a 5-replica service with docker container stop. What does docker service ls show 10 seconds later?',
    },
    choices: [
      {
        text: { bn: '5/5 — ম্যানেজার থেমে যাওয়া টাস্কের জায়গায় নতুন টাস্ক চালু করেছে', en: '5/5 — the manager has started a new task in place of the stopped one' },
        correct: true,
        explain: {
          bn: 'ঠিক। সোয়ার্ম সবসময় কাঙ্ক্ষিত সংখ্যা বজায় রাখে। পুরোনো টাস্কটি service ps-এ Shutdown/Complete হয়ে ইতিহাসে থেকে যায়।',
          en: 'Right. The swarm always keeps the wanted number. The old task stays in service ps\'s history as Shutdown/Complete.',
        },
      },
      {
        text: { bn: '4/5 — আমরা নিজেরা থামিয়েছি, তাই থেমেই থাকবে', en: '4/5 — we stopped it ourselves, so it stays stopped' },
        correct: false,
        explain: {
          bn: 'থামানোর ঠিক পরপর 4/5 দেখায় বটে, কিন্তু কয়েক সেকেন্ডের মধ্যেই ম্যানেজার ঘাটতি পূরণ করে।',
          en: 'Right after the stop it does show 4/5, but within seconds the manager makes up the shortfall.',
        },
      },
      {
        text: { bn: '4/4 — সার্ভিস নিজে থেকে ছোট হয়ে যায়', en: '4/4 — the service shrinks by itself' },
        correct: false,
        explain: {
          bn: 'না, রেপ্লিকার সংখ্যা বদলায় শুধু আমরা scale বা update করলে।',
          en: 'No, the number of replicas changes only when we scale or update it.',
        },
      },
    ],
  },
];
