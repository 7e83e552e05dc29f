// Lesson 7: the seed's swarm chapter on the boot2docker VM `default` — init, the hello-swarm
// service on port 82, scale to 5, self-healing, scale down, rm, leave. The swarm is taken apart at
// the end, so the stages on the way are once-goals (reaching them once counts); the clean-up is
// checked on the final world.
import type { Goal, Lesson } from '../../src/lessons/lessonTypes';
import { getSelfNode, swarmOf } from '../../src/engine/queries/swarm';
import { listContainers } from '../../src/engine/queries';
import { findImage } from '../../src/engine/images';
import { missing } from '../../src/lessons/goalKit';
import { conceptChecks } from './conceptChecks';
import { meta } from './meta';
import { SERVICE, answersOn, hostIp, isLeader, isView, needService, publishedTo80, serviceView } from './swarmReads';

const IMAGE = 'tutum/hello-world';
const ENDED = new Set(['complete', 'shutdown', 'failed', 'rejected', 'orphaned']);

const goals: Goal[] = [
  {
    id: 'swarm-leader',
    once: true,
    text: { bn: 'এই মেশিনেই একটি সোয়ার্ম বানান, যাতে মেশিনটি তার লিডার ম্যানেজার হয়', en: 'Start a swarm on this machine, with the machine as its leader manager' },
    hint: {
      bn: 'VM-এর দুটি নেটওয়ার্ক কার্ড আছে, তাই শুধু docker swarm init বললে ডকার ঠিক করতে পারে না কোন ঠিকানা জানাবে। --advertise-addr দিয়ে বলে দিন: docker swarm init --advertise-addr 192.168.99.100',
      en: 'The VM has two network cards, so a bare docker swarm init cannot choose the address to announce. Name it with --advertise-addr: docker swarm init --advertise-addr 192.168.99.100',
    },
    check(world, { host }) {
      if (!swarmOf(world, host)) return missing('এই মেশিন এখনো কোনো সোয়ার্মে নেই (docker info-তে Swarm: inactive)।', 'This machine is in no swarm yet (docker info says Swarm: inactive).');
      if (getSelfNode(world, host)?.role !== 'manager') return missing('মেশিনটি সোয়ার্মে আছে, কিন্তু ম্যানেজার নয়।', 'The machine is in a swarm, but not as a manager.');
      if (!isLeader(world, host)) return missing('মেশিনটি ম্যানেজার, কিন্তু এখন লিডার নয়।', 'The machine is a manager, but not the leader now.');
      return true;
    },
  },
  {
    id: 'hello-swarm-answers',
    once: true,
    text: { bn: `${IMAGE} ইমেজ থেকে ${SERVICE} সার্ভিস বানান, যা VM-এর 82 নম্বর পোর্টে সাড়া দেয়`, en: `Create the service ${SERVICE} from ${IMAGE}, answering on the VM's port 82` },
    hint: {
      bn: `docker run-এর মতোই, শুধু run-এর জায়গায় service create: docker service create -p 82:80 --name ${SERVICE} ${IMAGE}`,
      en: `Much like docker run, with service create instead: docker service create -p 82:80 --name ${SERVICE} ${IMAGE}`,
    },
    check(world, { host }) {
      const view = needService(world, host, SERVICE);
      if (!isView(view)) return view;
      if (!view.service.spec.image.startsWith(IMAGE + ':')) return missing(`${SERVICE} চলছে অন্য ইমেজ থেকে, ${IMAGE} থেকে নয়।`, `${SERVICE} runs another image, not ${IMAGE}.`);
      if (publishedTo80(view.service) !== 82) return missing(`${SERVICE}-এর কন্টেইনারের 80 পোর্ট সোয়ার্মের 82 পোর্টে জোড়া নেই (-p 82:80)।`, `${SERVICE} does not publish its containers' port 80 on the swarm's port 82 (-p 82:80).`);
      if (!answersOn(world, host, 82)) return missing(`http://${hostIp(world, host)}:82 ঠিকানায় এখনো কেউ সাড়া দিচ্ছে না — টাস্ক চালু হতে কয়েক সেকেন্ড লাগে।`, `Nothing answers at http://${hostIp(world, host)}:82 yet — a task takes a few seconds to start.`);
      return true;
    },
  },
  {
    id: 'five-replicas',
    once: true,
    text: { bn: `${SERVICE}-কে বাড়িয়ে ৫টি রেপ্লিকা করুন — পাঁচটিই যেন চলে`, en: `Scale ${SERVICE} up to 5 replicas — all five running` },
    hint: { bn: `docker service scale ${SERVICE}=5 (অথবা docker service update --replicas 5 ${SERVICE})`, en: `docker service scale ${SERVICE}=5 (or docker service update --replicas 5 ${SERVICE})` },
    check(world, { host }) {
      const view = needService(world, host, SERVICE);
      if (!isView(view)) return view;
      if (view.service.spec.replicas !== 5) return missing(`${SERVICE} এখন ${view.service.spec.replicas}টি রেপ্লিকা চায়, ৫টি নয়।`, `${SERVICE}'s replica count is ${view.service.spec.replicas} now, not 5.`);
      if (view.running.length !== 5) return missing(`৫টির মধ্যে এখন ${view.running.length}টি টাস্ক চলছে — একটু অপেক্ষা করুন।`, `${view.running.length} of the 5 tasks run now — wait a moment.`);
      return true;
    },
  },
  {
    id: 'healed-slot',
    once: true,
    text: {
      bn: `${SERVICE}-এর একটি কন্টেইনার নিজে থামিয়ে দিন, আর দেখুন সোয়ার্ম সেই জায়গায় নতুন টাস্ক চালু করে`,
      en: `Stop one of ${SERVICE}'s containers yourself, and see the swarm start a new task in its place`,
    },
    hint: {
      bn: `docker container ls-এ টাস্কের কন্টেইনার দেখুন, একটিকে docker container stop দিয়ে থামান। তারপর sleep 10 — রিস্টার্টের আগে সোয়ার্ম ৫ সেকেন্ড অপেক্ষা করে — আর docker service ps ${SERVICE}।`,
      en: `Find a task's container in docker container ls and stop it with docker container stop. Then sleep 10 — the swarm waits 5 seconds before a restart — and docker service ps ${SERVICE}.`,
    },
    check(world, { host }) {
      const view = needService(world, host, SERVICE);
      if (!isView(view)) return view;
      const ended = view.tasks.filter((t) => ENDED.has(t.state));
      if (ended.length === 0) return missing(`${SERVICE}-এর কোনো টাস্ক এখনো থামেনি — একটি কন্টেইনার stop করুন।`, `No task of ${SERVICE} has ended yet — stop one of its containers.`);
      const healed = ended.find((e) => view.running.some((r) => r.slot === e.slot));
      if (!healed) return missing(`স্লট ${ended[0].slot}-এর টাস্ক থেমেছে, কিন্তু তার জায়গায় নতুন টাস্ক এখনো চলছে না — কয়েক সেকেন্ড অপেক্ষা করুন।`, `Slot ${ended[0].slot}'s task has ended, but no new task runs in its place yet — wait a few seconds.`);
      return true;
    },
  },
  {
    id: 'scaled-to-three',
    once: true,
    text: { bn: `চাহিদা কমেছে: ${SERVICE}-কে কমিয়ে ৩টি রেপ্লিকায় আনুন`, en: `Demand has dropped: scale ${SERVICE} down to 3 replicas` },
    hint: { bn: `বাড়ানোর মতোই: docker service scale ${SERVICE}=3`, en: `Just like scaling up: docker service scale ${SERVICE}=3` },
    check(world, { host }) {
      const view = needService(world, host, SERVICE);
      if (!isView(view)) return view;
      const { spec, previousSpec } = view.service;
      if (spec.replicas !== 3) return missing(`${SERVICE} এখন ${spec.replicas}টি রেপ্লিকা চায়, ৩টি নয়।`, `${SERVICE}'s replica count is ${spec.replicas} now, not 3.`);
      if (!previousSpec || previousSpec.replicas <= 3) return missing(`${SERVICE} ৩-এ আছে, কিন্তু বেশি থেকে কমিয়ে আনা হয়নি — আগে ৫-এ তুলুন।`, `${SERVICE} is at 3, but was not brought down from more — scale it up to 5 first.`);
      if (view.running.length !== 3) return missing(`এখন ${view.running.length}টি টাস্ক চলছে, ৩টি নয়।`, `${view.running.length} tasks run now, not 3.`);
      return true;
    },
  },
  {
    id: 'cleaned-up',
    text: { bn: 'শেষে গুছিয়ে নিন: সার্ভিস মুছে সোয়ার্ম থেকে বেরিয়ে আসুন', en: 'Tidy up at the end: remove the service and leave the swarm' },
    hint: {
      bn: `docker service rm ${SERVICE}, তারপর docker swarm leave। শেষ ম্যানেজার বেরোতে চাইলে ডকার সাবধান করে — তখন --force লাগে।`,
      en: `docker service rm ${SERVICE}, then docker swarm leave. Docker warns when the last manager tries to leave — that takes --force.`,
    },
    check(world, { host }) {
      const image = findImage(world, host, IMAGE);
      if (!image) return missing(`এই মেশিনে ${IMAGE} ইমেজ নেই — মানে সার্ভিসটা এখানে কখনো চলেনি।`, `This machine has no ${IMAGE} image — the service never ran here.`);
      if (serviceView(world, host, SERVICE)) return missing(`${SERVICE} সার্ভিস এখনো আছে।`, `The service ${SERVICE} is still there.`);
      if (swarmOf(world, host)) return missing('সার্ভিস নেই, কিন্তু মেশিনটি এখনো সোয়ার্মে আছে।', 'The service is gone, but the machine is still in the swarm.');
      const left = listContainers(world, host, { all: true }).filter((c) => c.imageId === image.id).length;
      if (left > 0) return missing(`${IMAGE} থেকে বানানো ${left}টি কন্টেইনার এখনো রয়ে গেছে।`, `${left} containers made from ${IMAGE} are still there.`);
      return true;
    },
  },
];

const challenge: Goal[] = [
  {
    id: 'second-service-8080',
    once: true,
    text: {
      bn: `চ্যালেঞ্জ: ${SERVICE} চালু রেখেই আরেকটি সার্ভিস দাঁড় করান, যা VM-এর 8080 পোর্টে সাড়া দেয় — শুরু থেকেই ৩টি রেপ্লিকা নিয়ে`,
      en: `Challenge: with ${SERVICE} still running, stand up a second service that answers on the VM's port 8080 — with 3 replicas from the start`,
    },
    hint: {
      bn: 'দুটি সার্ভিস একই পোর্ট নিতে পারে না, নামও আলাদা হতে হবে। service create কি শুরুতেই রেপ্লিকার সংখ্যা নিতে পারে? docker service create --help দেখুন।',
      en: 'Two services cannot take the same port, and they need different names. Can service create take the number of replicas up front? Look at docker service create --help.',
    },
    check(world, { host }) {
      const cluster = swarmOf(world, host);
      if (!cluster) return missing('এই মেশিন এখন কোনো সোয়ার্মে নেই।', 'This machine is in no swarm now.');
      const main = serviceView(world, host, SERVICE);
      if (!main || main.running.length === 0) return missing(`${SERVICE} চালু থাকতে হবে — ওকে মুছবেন না।`, `${SERVICE} must keep running — do not remove it.`);
      const other = Object.values(cluster.services).find((s) => s.spec.name !== SERVICE && publishedTo80(s) === 8080);
      if (!other) return missing('কোনো সার্ভিস এখনো 8080 পোর্টে কন্টেইনারের 80 জোড়েনি।', 'No service publishes its containers\' port 80 on 8080 yet.');
      const view = serviceView(world, host, other.spec.name)!;
      if (other.spec.replicas !== 3 || other.previousSpec) return missing(`${other.spec.name}-কে শুরু থেকেই ৩টি রেপ্লিকা নিয়ে বানাতে হবে (পরে scale করে নয়)।`, `${other.spec.name} must be created with 3 replicas from the start (not scaled later).`);
      if (view.running.length !== 3) return missing(`${other.spec.name}-এর ${view.running.length}টি টাস্ক চলছে, ৩টি নয়।`, `${view.running.length} of ${other.spec.name}'s tasks run, not 3.`);
      if (!answersOn(world, host, 8080)) return missing(`http://${hostIp(world, host)}:8080 এখনো সাড়া দিচ্ছে না।`, `http://${hostIp(world, host)}:8080 does not answer yet.`);
      return true;
    },
  },
];

export const lesson: Lesson = {
  ...meta,
  setup: [],
  goals,
  challenge,
  solution: [
    'docker swarm init --advertise-addr 192.168.99.100',
    `docker service create -p 82:80 --name ${SERVICE} ${IMAGE}`,
    `docker service scale ${SERVICE}=5`,
    `docker container stop $(docker container ls -q --filter name=${SERVICE}.3)`,
    'sleep 10',
    `docker service ps ${SERVICE}`,
    `docker service scale ${SERVICE}=3`,
    `docker service create --name hello-8080 --replicas 3 -p 8080:80 ${IMAGE}`,
    `docker service rm ${SERVICE} hello-8080`,
    'docker swarm leave --force',
  ],
  conceptChecks,
};
