// Lesson 4: hello-world, then the seed's Flask app from a Dockerfile. Goals read the exited
// hello-world container, the project files on the host, the built image's history and config, the
// published port, and what an HTTP request to port 80 gets back.
import type { GoalResult, Lesson } from '../../src/lessons/lessonTypes';
import type { World } from '../../src/engine';
import { findImage } from '../../src/engine/images';
import { hostVfs } from '../../src/engine/fs/hostVfs';
import { listContainers } from '../../src/engine/queries';
import { container, httpGet, isRunning, missing, type HttpAnswer } from '../../src/lessons/goalKit';
import { BANGLA_GREETING, DOCKERFILE_LINES, GREETING, mainPyLines } from './projectFiles';
import { conceptChecks } from './conceptChecks';
import { meta } from './meta';

const APP_URL = 'http://localhost:80/';

function readHostFile(world: World, host: string, path: string): string | undefined {
  const vfs = hostVfs(world, host);
  return vfs.stat(path)?.type === 'f' ? vfs.readFile(path) : undefined;
}

type Missing = Exclude<GoalResult, true>;

const lack = (bn: string, en: string): Missing => ({ missing: { bn, en } });

/** The page on port 80, or what keeps it from answering. */
function appAnswer(world: World, host: string): HttpAnswer | Missing {
  const answer = httpGet(world, host, APP_URL);
  if (!answer) return lack('হোস্টের 80 নম্বর পোর্টে এখনো কেউ সাড়া দিচ্ছে না।', 'Nothing answers on the host\'s port 80 yet.');
  if (answer.status !== 200) return lack(`80 নম্বর পোর্টে সাড়া আসছে, কিন্তু ${answer.status} কোড দিয়ে।`, `Port 80 answers, but with status ${answer.status}.`);
  return answer;
}

export const lesson: Lesson = {
  ...meta,
  setup: [],
  goals: [
    {
      id: 'hello-world-ran',
      text: { bn: 'hello-world ইমেজ থেকে একটি কন্টেইনার চালান, যেটা কাজ সেরে ঠিকঠাক বেরিয়ে যায়', en: 'Run a container from the hello-world image that does its job and exits cleanly' },
      hint: { bn: 'docker run hello-world — ইমেজ না থাকলে ডকার নিজেই Docker Hub থেকে নামিয়ে আনবে।', en: 'docker run hello-world — without the image, Docker fetches it from Docker Hub by itself.' },
      check(world, { host }) {
        const image = findImage(world, host, 'hello-world');
        if (!image) return missing('hello-world ইমেজটি এখনো এই মেশিনে নেই।', 'The hello-world image is not on this machine yet.');
        const runs = listContainers(world, host, { all: true }).filter((c) => c.imageId === image.id);
        if (runs.length === 0) return missing('hello-world থেকে এখনো কোনো কন্টেইনার চালানো হয়নি।', 'No container has been run from hello-world yet.');
        if (!runs.some((c) => c.state.status === 'exited' && c.state.exitCode === 0)) return missing('hello-world-এর কোনো কন্টেইনার এখনো কাজ শেষ করে 0 কোডে বেরোয়নি।', 'No hello-world container has finished with exit code 0 yet.');
        return true;
      },
    },
    {
      id: 'project-files',
      text: {
        bn: '~/python_flask-এ প্রজেক্ট সাজান: app/main.py, app/requirements.txt আর Dockerfile',
        en: 'Lay out the project in ~/python_flask: app/main.py, app/requirements.txt and the Dockerfile',
      },
      hint: {
        bn: 'mkdir দিয়ে ফোল্ডার, তারপর echo \'…\' > ফাইল (নতুন করে লেখে) আর echo \'…\' >> ফাইল (শেষে জোড়ে)। পাঠের স্নিপেটগুলো ক্লিক করলেই লাইনগুলো টার্মিনালে চলে আসবে।',
        en: 'mkdir for the folders, then echo \'…\' > file (writes anew) and echo \'…\' >> file (appends). Clicking the lesson\'s snippets types the lines for you.',
      },
      check(world, { host }) {
        const dir = `${world.hosts[host].home}/python_flask`;
        const main = readHostFile(world, host, `${dir}/app/main.py`);
        if (main === undefined) return missing('~/python_flask/app/main.py ফাইলটি এখনো নেই।', '~/python_flask/app/main.py does not exist yet.');
        if (!main.includes('Flask(')) return missing('main.py আছে, কিন্তু তাতে এখনো কোনো Flask অ্যাপ বানানো হয়নি।', 'main.py exists, but it does not make a Flask app yet.');
        const reqs = readHostFile(world, host, `${dir}/app/requirements.txt`);
        if (reqs === undefined || !/flask/i.test(reqs)) return missing('app/requirements.txt-এ এখনো Flask লেখা নেই।', 'app/requirements.txt does not list Flask yet.');
        if (readHostFile(world, host, `${dir}/Dockerfile`) === undefined) return missing('~/python_flask/Dockerfile এখনো নেই।', '~/python_flask/Dockerfile does not exist yet.');
        return true;
      },
    },
    {
      id: 'myapp-built',
      text: {
        bn: 'Dockerfile থেকে myapp ইমেজ বিল্ড করুন: অ্যাপ কপি, pip দিয়ে Flask ইনস্টল, আর python /app/main.py চালানোর নির্দেশ',
        en: 'Build the image myapp from the Dockerfile: the app copied in, Flask installed with pip, and python /app/main.py as its command',
      },
      hint: {
        bn: 'python_flask ফোল্ডারে দাঁড়িয়ে docker build -t myapp . — শেষের বিন্দুটা ভুলবেন না।',
        en: 'From inside python_flask: docker build -t myapp . — do not forget the final dot.',
      },
      check(world, { host }) {
        const image = findImage(world, host, 'myapp');
        if (!image) return missing('myapp নামে কোনো ইমেজ এখনো নেই।', 'There is no image named myapp yet.');
        const steps = image.history.map((h) => h.createdBy);
        if (!steps.some((s) => /COPY/.test(s))) return missing('myapp-এর ইতিহাসে কোনো COPY ধাপ নেই — অ্যাপের ফাইল ইমেজে ঢোকেনি।', 'myapp\'s history has no COPY step — the app\'s files are not in the image.');
        if (!steps.some((s) => /pip install/.test(s))) return missing('myapp-এর ইতিহাসে pip install-এর RUN ধাপ নেই।', 'myapp\'s history has no RUN step with pip install.');
        if (!(image.config.cmd ?? []).join(' ').includes('/app/main.py')) return missing('myapp চালু হলে /app/main.py চলবে না — CMD ঠিক নেই।', 'myapp would not run /app/main.py — its CMD is not right.');
        return true;
      },
    },
    {
      id: 'hello-flask-running',
      text: {
        bn: 'myapp থেকে hello-flask নামে কন্টেইনার চালু রাখুন, হোস্টের পোর্ট 80 জোড়া কন্টেইনারের 5000-এর সাথে',
        en: 'Keep a container hello-flask from myapp running, with the host\'s port 80 mapped to the container\'s 5000',
      },
      hint: { bn: 'docker run -d -p 80:5000 --name hello-flask myapp — -p-এর বাঁয়ে হোস্টের পোর্ট, ডানে কন্টেইনারের।', en: 'docker run -d -p 80:5000 --name hello-flask myapp — in -p the host\'s port is on the left, the container\'s on the right.' },
      check(world, { host }) {
        const c = container(world, host, 'hello-flask');
        if (!c) return missing('hello-flask নামে কোনো কন্টেইনার এখনো নেই।', 'There is no container named hello-flask yet.');
        if (c.imageId !== findImage(world, host, 'myapp')?.id) return missing('hello-flask চলছে myapp-এর পুরনো বা অন্য কোনো ইমেজ থেকে — সর্বশেষ myapp থেকে নয়।', 'hello-flask runs an older or other image — not the latest myapp.');
        if (!isRunning(c)) return missing('hello-flask আছে, কিন্তু চালু নেই।', 'hello-flask exists but is not running.');
        if (!(c.ports['5000/tcp'] ?? []).some((b) => b.hostPort === '80')) return missing('hello-flask-এর 5000 পোর্ট হোস্টের 80-র সাথে জোড়া নেই।', 'hello-flask\'s port 5000 is not published on the host\'s port 80.');
        return true;
      },
    },
    {
      id: 'app-answers',
      text: { bn: 'হোস্টের 80 নম্বর পোর্টে ফ্লাস্ক অ্যাপ সাড়া দিক', en: 'The Flask app answers on the host\'s port 80' },
      hint: {
        bn: 'curl localhost চালিয়ে, বা ছোট ব্রাউজারে docker-machine ip-এর ঠিকানাটা খুলে দেখুন। সাড়া না এলে docker logs hello-flask।',
        en: 'Try curl localhost, or open the address docker-machine ip prints in the mini browser. If nothing answers: docker logs hello-flask.',
      },
      check(world, { host }) {
        const answer = appAnswer(world, host);
        return 'missing' in answer ? answer : true;
      },
    },
  ],
  challenge: [
    {
      id: 'bangla-greeting',
      text: { bn: 'চ্যালেঞ্জ: পোর্ট 80-র পাতাটা বাংলায় সম্ভাষণ জানাক', en: 'Challenge: make the page on port 80 greet in Bangla' },
      hint: {
        bn: 'চলন্ত কন্টেইনার বা পুরনো ইমেজ নিজে থেকে বদলায় না। কোড বদলালে কী কী আবার করতে হয়? আর পোর্ট 80 একবারে একজনই ধরে রাখতে পারে।',
        en: 'A running container and an old image never change by themselves. What must be done again after the code changes? And only one container can hold port 80 at a time.',
      },
      check(world, { host }) {
        const answer = appAnswer(world, host);
        if ('missing' in answer) return answer;
        if (!/[\u0980-\u09ff]/.test(answer.body)) return missing('80 নম্বর পোর্টের পাতায় এখনো কোনো বাংলা লেখা নেই।', 'The page on port 80 has no Bangla text yet.');
        return true;
      },
    },
  ],
  solution: [
    'docker --version',
    'docker run hello-world',
    'mkdir python_flask',
    'cd python_flask',
    'mkdir app',
    ...mainPyLines(GREETING),
    'echo Flask > app/requirements.txt',
    ...DOCKERFILE_LINES,
    'docker build -t myapp .',
    'docker run -d -p 80:5000 --name hello-flask myapp',
    'curl localhost',
    ...mainPyLines(BANGLA_GREETING),
    'docker build -t myapp .',
    'docker rm -f hello-flask',
    'docker run -d -p 80:5000 --name hello-flask myapp',
  ],
  conceptChecks,
};
