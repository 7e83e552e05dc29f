// Lesson 4's quiz: what hello-world's four steps mean, the build context, and ports.
import type { ConceptCheck } from '../../src/lessons/lessonTypes';

export const conceptChecks: ConceptCheck[] = [
  {
    id: 'who-pulled',
    question: {
      bn: 'hello-world-এর বার্তার দ্বিতীয় ধাপে Docker Hub থেকে ইমেজটি কে নামিয়ে আনল?',
      en: 'In the second step of hello-world\'s message, who fetched the image from Docker Hub?',
    },
    choices: [
      {
        text: { bn: 'ডকার ডেমন', en: 'The Docker daemon' },
        correct: true,
        explain: {
          bn: 'ঠিক। docker কমান্ডটা (ক্লায়েন্ট) শুধু ডেমনকে অনুরোধ পাঠায়; ইমেজ নামানো, কন্টেইনার বানানো আর চালানো — সব করে ডেমন, তারপর আউটপুট ক্লায়েন্টের হাত ঘুরে আপনার টার্মিনালে আসে।',
          en: 'Right. The docker command (the client) only sends the daemon a request; pulling the image, creating and running the container is the daemon\'s work, and the output reaches your terminal through the client.',
        },
      },
      {
        text: { bn: 'docker ক্লায়েন্ট, সরাসরি', en: 'The docker client, directly' },
        correct: false,
        explain: {
          bn: 'না। ক্লায়েন্ট প্রথম ধাপে ডেমনের সাথে যোগাযোগ করে, আর শেষ ধাপে আউটপুট টার্মিনালে পৌঁছে দেয়। নামানোর কাজ ডেমনের।',
          en: 'No. The client contacts the daemon in the first step and delivers the output to the terminal in the last. Pulling is the daemon\'s job.',
        },
      },
      {
        text: { bn: 'hello-world কন্টেইনার নিজে', en: 'The hello-world container itself' },
        correct: false,
        explain: {
          bn: 'না। ইমেজ না থাকলে কন্টেইনারই বানানো যায় না — ইমেজ আগে, কন্টেইনার পরে।',
          en: 'No. Without the image there is no container to begin with — the image comes first.',
        },
      },
    ],
  },
  {
    id: 'build-dot',
    question: { bn: 'docker build -t myapp . কমান্ডের শেষের বিন্দুটা কী বোঝায়?', en: 'What does the final dot of docker build -t myapp . mean?' },
    choices: [
      {
        text: { bn: 'বর্তমান ফোল্ডার: Dockerfile এখানে, আর এখানকার ফাইলগুলোই বিল্ডে পাঠানো হবে', en: 'The current folder: the Dockerfile is here, and its files are what the build gets' },
        correct: true,
        explain: {
          bn: 'ঠিক। এই ফোল্ডারকে বলে বিল্ড কনটেক্সট। "Sending build context to Docker daemon" লাইনটা এরই মাপ, আর COPY ./app এখান থেকেই ফাইল নেয়।',
          en: 'Right. That folder is the build context. "Sending build context to Docker daemon" gives its size, and COPY ./app takes files from it.',
        },
      },
      {
        text: { bn: 'ইমেজের সংস্করণ, latest-এর সংক্ষেপ', en: 'The image\'s version, short for latest' },
        correct: false,
        explain: {
          bn: 'না। ট্যাগ দেওয়া হয় নামের সাথে কোলন দিয়ে (myapp:1.0); না দিলে ডকার latest ধরে নেয়। বিন্দুটা একটা ফোল্ডারের পথ।',
          en: 'No. A tag goes after the name with a colon (myapp:1.0); without one Docker assumes latest. The dot is a folder path.',
        },
      },
    ],
  },
  {
    id: 'expose-publish',
    question: {
      bn: 'Dockerfile-এ EXPOSE 5000 আছে। তবুও docker run-এ -p 80:5000 কেন লাগল?',
      en: 'The Dockerfile says EXPOSE 5000. Why was -p 80:5000 still needed in docker run?',
    },
    choices: [
      {
        text: { bn: 'EXPOSE শুধু জানিয়ে রাখে অ্যাপ কোন পোর্টে শোনে; হোস্টের পোর্টের সাথে জোড়া লাগায় -p', en: 'EXPOSE only documents which port the app listens on; -p is what maps a host port to it' },
        correct: true,
        explain: {
          bn: 'ঠিক। -p 80:5000 মানে হোস্টের 80-তে আসা অনুরোধ কন্টেইনারের 5000-এ পাঠাও। তাই ব্রাউজারে পোর্ট না লিখলেও (ডিফল্ট 80) অ্যাপ পাওয়া যায়।',
          en: 'Right. -p 80:5000 sends what arrives on the host\'s port 80 to the container\'s 5000. That is why the browser finds the app without a port number (80 is the default).',
        },
      },
      {
        text: { bn: 'ফ্লাস্ক 80 পোর্টে চলে, তাই 5000-কে 80-তে বদলাতে হয়', en: 'Flask runs on port 80, so 5000 must be turned into 80' },
        correct: false,
        explain: {
          bn: 'না। main.py-তে port=5000 — কন্টেইনারের ভেতরে অ্যাপ 5000-এই শোনে। 80 হলো হোস্টের দিকের দরজা।',
          en: 'No. main.py says port=5000 — inside the container the app listens on 5000. 80 is the door on the host\'s side.',
        },
      },
    ],
  },
];
